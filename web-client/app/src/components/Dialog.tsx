// An accessible modal dialog: role="dialog", aria-modal, labelled by its title; it traps Tab, closes on Escape and
// gives focus back to where it was. The rest of the page is inert while it is open.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './components.css';

/** The open dialogs, innermost last: Escape closes only the innermost. */
const open: object[] = [];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), '
  + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Props: `title` (its heading and label), `onClose` (Escape, the × button), optional `description`, `footer`
 * (action buttons), `wide`; the first field marked `data-autofocus` (else the first focusable one) gets focus. */
export function Dialog({ title, onClose, description, footer, wide, children }: {
  title: string; onClose: () => void; description?: ReactNode; footer?: ReactNode; wide?: boolean; children?: ReactNode;
}) {
  const titleId = useId();
  const descriptionId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = panel.current!;
    const layer = root.parentElement!;
    // everything else on the page becomes inert (not focusable, hidden from assistive technology)
    const madeInert: Element[] = [];
    for (const sibling of Array.from(document.body.children)) {
      if (sibling !== layer && !sibling.hasAttribute('inert')) {
        sibling.setAttribute('inert', '');
        madeInert.push(sibling);
      }
    }
    const first = root.querySelector<HTMLElement>('[data-autofocus]')
      ?? root.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE)
      ?? root.querySelector('.dialog-footer')?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? root).focus();
    // Escape is heard on the document: focus may have left the panel (a button that got disabled, a click outside)
    const self = {};
    open.push(self);
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open[open.length - 1] === self && !event.defaultPrevented) {
        event.preventDefault();
        closeRef.current();
      }
    };
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('keydown', onEscape);
      open.splice(open.indexOf(self), 1);
      for (const element of madeInert) element.removeAttribute('inert');
      // back to the control that opened the dialog; when it is gone (the row was deleted), to the main region
      if (opener && opener !== document.body && document.contains(opener)) opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusables = Array.from(panel.current!.querySelectorAll<HTMLElement>(FOCUSABLE))
      .filter((element) => element.offsetParent !== null || element === document.activeElement);
    if (focusables.length === 0) {
      event.preventDefault();
      return;
    }
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panel.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-layer" onMouseDown={(event) => { if (event.target === event.currentTarget) onClose(); }}>
      <div ref={panel} className={'dialog' + (wide ? ' dialog-wide' : '')} role="dialog" aria-modal="true"
        aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined} tabIndex={-1}
        onKeyDown={onKeyDown}>
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>×</button>
        </div>
        {description && <div id={descriptionId} className="dialog-description">{description}</div>}
        <div className="dialog-body">{children}</div>
        {footer && <div className="dialog-footer">{footer}</div>}
      </div>
    </div>,
    document.body,
  );
}
