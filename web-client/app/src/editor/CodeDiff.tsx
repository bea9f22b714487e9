// Two versions' code side by side (Monaco's diff editor, read-only), for the compare page. Plain-text models, so the
// TypeScript worker (which holds the one bot model) never sees two scripts declaring onData.
import { useEffect, useRef } from 'react';
import { monaco } from './monaco';

export default function CodeDiff({ left, right, height = 420 }: { left: string; right: string; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const original = monaco.editor.createModel(left, 'plaintext');
    const modified = monaco.editor.createModel(right, 'plaintext');
    const diff = monaco.editor.createDiffEditor(el, {
      theme: 'awstrader-dark', readOnly: true, originalEditable: false, automaticLayout: true,
      renderSideBySide: true, minimap: { enabled: false }, scrollBeyondLastLine: false, fontSize: 13,
    });
    diff.setModel({ original, modified });
    el.dataset.ready = 'true';
    return () => {
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [left, right]);
  return <div ref={host} className="code-diff" style={{ height }} />;
}
