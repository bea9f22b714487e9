// Builds bot-compiler.js (sucrase bundled by esbuild into one IIFE) with this machine's node and npm.
// Usage: node build-bot-compiler.mjs <output file>
// Runs `npm ci` only when node_modules is missing or package-lock.json changed since the last install, and rebuilds
// only when an input is newer than the output, so an incremental Maven build costs one node start.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build-bot-compiler.mjs <output file>");
  process.exit(2);
}
const lockfile = join(here, "package-lock.json");
const entry = join(here, "src", "main", "js", "bot-compiler.js");
const stamp = join(here, "node_modules", ".awstrader-lock.sha256");

const lockHash = createHash("sha256").update(readFileSync(lockfile)).digest("hex");
if (!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== lockHash) {
  console.error("bot-compiler: installing build tools (npm ci)...");
  // --ignore-scripts: esbuild's postinstall only checks its binary; the platform package already carries it.
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" });
  writeFileSync(stamp, lockHash + "\n");
}

const inputs = [lockfile, entry, fileURLToPath(import.meta.url)];
const outMtime = existsSync(out) ? statSync(out).mtimeMs : -1;
if (outMtime >= 0 && inputs.every((f) => statSync(f).mtimeMs <= outMtime)) {
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
