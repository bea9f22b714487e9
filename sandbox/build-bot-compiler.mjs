// Builds bot-compiler.js (sucrase bundled by esbuild into one IIFE) with this machine's node and npm.
// Usage: node build-bot-compiler.mjs <output file>
// Runs `npm ci` only when node_modules is missing or package-lock.json changed since the last install, and rebuilds
// only when an input is newer than the output, so an incremental Maven build costs one node start.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { installPackages, upToDate } from "../scripts/npm-build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build-bot-compiler.mjs <output file>");
  process.exit(2);
}
const lockfile = join(here, "package-lock.json");
const entry = join(here, "src", "main", "js", "bot-compiler.js");

// --ignore-scripts: esbuild's postinstall only checks its binary; the platform package already carries it.
installPackages(here, "bot-compiler", ["--ignore-scripts"]);
const shared = join(here, "..", "scripts", "npm-build.mjs");
if (upToDate([lockfile, entry, fileURLToPath(import.meta.url), shared], out)) {
  process.exit(0);
}

const esbuild = createRequire(import.meta.url)("esbuild");
mkdirSync(dirname(out), { recursive: true });
esbuild.buildSync({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  format: "iife",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2020",
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
});
console.error("bot-compiler: built " + out);
