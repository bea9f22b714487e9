// Entry point of bot-compiler.js: the one TypeScript-to-JavaScript compiler that the server (GraalJS), the CLI and the
// browser all run, so a bot compiles to the same JavaScript everywhere. esbuild bundles it into one IIFE.
import { transform } from "sucrase";
import { parse } from "sucrase/dist/esm/parser/index.js";
import { TokenType } from "sucrase/dist/esm/parser/tokenizer/types.js";

// Sucrase only strips types: it keeps every line where it was (stack traces point at the TypeScript lines without a
// source map), adds no "use strict" and no module wrapper (no "imports" transform), and leaves modern syntax alone
// (disableESTransforms), so `function onData(input) {...}` stays a plain top-level function declaration.
const OPTIONS = { transforms: ["typescript"], disableESTransforms: true };

// Sucrase appends " (line:column)" to its parser messages; the position is reported in its own fields instead.
const POSITION_SUFFIX = / \(\d+:\d+\)$/;

/**
 * Compiles one bot's TypeScript source.
 * Returns {code, errors}: code is the JavaScript ("" when there are errors); each error is {line, column, message}
 * with a 1-based line and a 1-based column counted in UTF-16 code units (0 when the position is unknown).
 */
function awstraderCompile(source) {
  if (typeof source !== "string") {
    return { code: "", errors: [{ line: 0, column: 0, message: "bot source must be a string" }] };
  }
  try {
    const moduleErrors = importsAndExports(source);
    if (moduleErrors.length > 0) {
      return { code: "", errors: moduleErrors };
    }
    return { code: transform(source, OPTIONS).code, errors: [] };
  } catch (e) {
    const loc = e && e.loc;
    const message = String((e && e.message) || e).replace(POSITION_SUFFIX, "");
    return {
      code: "",
      errors: [{ line: loc ? loc.line : 0, column: loc ? loc.column : 0, message: message }],
    };
  }
}

/**
 * A bot is one script of plain top-level functions, not a module: `import`/`export` statements would stay in the
 * output (no imports transform) and fail only when the bot runs, so they are reported here, where they are written.
 * `import(...)` and `import.meta` are left to the runtime, which refuses them.
 */
function importsAndExports(source) {
  const tokens = parse(source, false, true, false).tokens;
  const errors = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const isImportStatement =
      t.type === TokenType._import && !(next && (next.type === TokenType.parenL || next.type === TokenType.dot));
    if (t.type === TokenType._export || isImportStatement) {
      const { line, column } = position(source, t.start);
      const keyword = t.type === TokenType._export ? "export" : "import";
      errors.push({
        line: line,
        column: column,
        message: "'" + keyword + "' is not allowed: a bot is one script of plain top-level functions (no modules)",
      });
    }
  }
  return errors;
}

/** The 1-based line and column (UTF-16 code units) of a character index, counted the way sucrase counts. */
function position(source, index) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line: line, column: column };
}

globalThis.awstraderCompile = awstraderCompile;
