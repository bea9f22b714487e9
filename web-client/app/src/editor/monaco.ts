// Monaco, bundled by Vite (no CDN, no AMD loader): the editor core, its features, the TypeScript language with its
// worker, the bot API typings as an extra lib, and a dark theme matching the app. Imported lazily by CodeEditor so the
// other screens never load it.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import { ScriptTarget, typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { afterFirstBacktest } from '../backtest/run';
import botApi from '../../../../engine-shared/src/main/resources/io/awstrader/engine/bot/bot-api.d.ts?raw';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

/**
 * The type checker waits for the page's first backtest (see afterFirstBacktest) if one comes within 2 s, but not past
 * 6 s in all: a long run must not leave the editor without completions and problems.
 */
const TYPE_CHECKER_GRACE_MS = 2000;
const TYPE_CHECKER_MAX_WAIT_MS = 6000;

window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'typescript' || label === 'javascript') {
      const cap = new Promise<void>((resolve) => setTimeout(resolve, TYPE_CHECKER_MAX_WAIT_MS));
      return Promise.race([afterFirstBacktest(TYPE_CHECKER_GRACE_MS), cap]).then(() => new TypeScriptWorker());
    }
    return new EditorWorker();
  },
};

// As bot-api.d.ts's header says: a bot is one script (no imports/exports) checked with
// `tsc --noEmit --strict --lib es2020 bot-api.d.ts bot.ts` — no DOM (the typings declare `console`).
typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  lib: ['es2020'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
});
typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
typescriptDefaults.setEagerModelSync(true);
typescriptDefaults.addExtraLib(botApi, 'file:///bot-api.d.ts');

monaco.editor.defineTheme('awstrader-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#0f1420',
    'editorGutter.background': '#0f1420',
    'editor.lineHighlightBackground': '#161c2b',
    'editorLineNumber.foreground': '#4f5a73',
    'editorLineNumber.activeForeground': '#98a2b8',
    'editorWidget.background': '#161c2b',
    'editorWidget.border': '#2a3349',
    'editorSuggestWidget.background': '#161c2b',
    'editorSuggestWidget.border': '#2a3349',
    'editorSuggestWidget.selectedBackground': '#24304a',
    'editorHoverWidget.background': '#161c2b',
    'editorHoverWidget.border': '#2a3349',
  },
});

/** The model's URI: stack frames of a bot name `bot.ts`, and one bot model exists at a time. */
export const BOT_MODEL_URI = monaco.Uri.parse('file:///bot.ts');

export { monaco };
