// The Monaco editor of a bot version: TypeScript checked against bot-api.d.ts as you type, the compiler's diagnostics
// of the last save as markers, Ctrl/Cmd+S (save) and Ctrl/Cmd+Enter (run the backtest) inside the editor.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Diagnostic } from '../api/types';
import { BOT_MODEL_URI, monaco } from './monaco';
import type { EditorHandle, Problem } from './problems';

const COMPILER_OWNER = 'awstrader-compiler';

export interface CodeEditorProps {
  /** The text shown when the editor opens (the saved source or a restored draft). */
  initialText: string;
  readOnly: boolean;
  /** Why the editor is read-only, shown when the user tries to type. */
  readOnlyReason: string;
  /** The compile diagnostics of the last save, shown as markers. */
  serverDiagnostics: Diagnostic[];
  onChange(text: string): void;
  onProblems(problems: Problem[]): void;
  onCursor(line: number, column: number): void;
  onSave(): void;
  onRun(): void;
  ref?: Ref<EditorHandle>;
}

function severity(s: monaco.MarkerSeverity): Problem['severity'] | null {
  if (s === monaco.MarkerSeverity.Error) return 'error';
  if (s === monaco.MarkerSeverity.Warning) return 'warning';
  if (s === monaco.MarkerSeverity.Info) return 'info';
  return null; // hints (unused code, fading) are not problems
}

export default function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    // One bot model at a time: two scripts declaring onData would clash in the TypeScript worker.
    monaco.editor.getModel(BOT_MODEL_URI)?.dispose();
    const model = monaco.editor.createModel(latest.current.initialText, 'typescript', BOT_MODEL_URI);
    const editor = monaco.editor.create(host.current!, {
      model,
      theme: 'awstrader-dark',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      ariaLabel: 'Bot source (TypeScript)',
      readOnly: latest.current.readOnly,
      readOnlyMessage: { value: latest.current.readOnlyReason },
    });
    editorRef.current = editor;
    performance.mark('editor:created');
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun());

    const publishProblems = () => {
      const problems: Problem[] = [];
      for (const marker of monaco.editor.getModelMarkers({ resource: model.uri })) {
        const level = severity(marker.severity);
        if (level === null) continue;
        problems.push({
          source: marker.owner === COMPILER_OWNER ? 'compiler' : 'typescript', severity: level,
          line: marker.startLineNumber, column: marker.startColumn, message: marker.message,
        });
      }
      problems.sort((a, b) => a.line - b.line || a.column - b.column || a.source.localeCompare(b.source));
      latest.current.onProblems(problems);
    };
    const subscriptions = [
      monaco.editor.onDidChangeMarkers((uris) => {
        if (uris.some((uri) => uri.toString() === model.uri.toString())) publishProblems();
      }),
      model.onDidChangeContent(() => latest.current.onChange(model.getValue())),
      editor.onDidChangeCursorPosition((e) => latest.current.onCursor(e.position.lineNumber, e.position.column)),
    ];
    publishProblems();
    return () => {
      subscriptions.forEach((s) => s.dispose());
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly: props.readOnly, readOnlyMessage: { value: props.readOnlyReason } });
  }, [props.readOnly, props.readOnlyReason]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, COMPILER_OWNER, props.serverDiagnostics.map((d) => {
      const line = Math.min(Math.max(d.line, 1), model.getLineCount());
      const column = Math.max(d.column, 1);
      return {
        severity: monaco.MarkerSeverity.Error, message: d.message, source: 'compiler',
        startLineNumber: line, startColumn: column, endLineNumber: line,
        endColumn: Math.max(column + 1, model.getLineMaxColumn(line)),
      };
    }));
  }, [props.serverDiagnostics]);

  useImperativeHandle(props.ref, () => ({
    reveal(line: number, column: number) {
      const editor = editorRef.current;
      if (!editor) return;
      const position = { lineNumber: line, column: Math.max(column, 1) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    setText(text: string) {
      const editor = editorRef.current;
      if (!editor) return;
      const model = editor.getModel()!;
      // an edit (not setValue) so that undo can bring the discarded text back
      editor.executeEdits('discard-draft', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    focus() {
      editorRef.current?.focus();
    },
  }), []);

  return <div className="code-editor" ref={host} />;
}
