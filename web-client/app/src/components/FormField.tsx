// A labelled form field: <label>, the input (or a select/textarea given as children), a hint and the field's error,
// linked by aria-describedby and aria-invalid.
import { cloneElement, useId, type ComponentPropsWithRef, type ReactElement } from 'react';
import './components.css';

/** Props: `label`, optional `hint`, `error` (shown under the field), and an <input>'s own props — or one child
 * element (select, textarea) that receives id/aria-* instead. */
export function FormField({ label, hint, error, children, className, ...input }: {
  label: string; hint?: string; error?: string | null; children?: ReactElement<Record<string, unknown>>; className?: string;
} & ComponentPropsWithRef<'input'>) {
  const generated = useId();
  const id = input.id ?? generated;
  const hintId = hint ? id + '-hint' : undefined;
  const errorId = error ? id + '-error' : undefined;
  const a11y = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={'form-field' + (error ? ' has-error' : '') + (className ? ' ' + className : '')}>
      <label htmlFor={id}>{label}</label>
      {children ? cloneElement(children, a11y) : <input {...input} {...a11y} />}
      {hint && <div id={hintId} className="field-hint">{hint}</div>}
      {error && <div id={errorId} className="field-error"><span aria-hidden="true">⚠ </span>{error}</div>}
    </div>
  );
}
