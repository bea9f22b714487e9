// Builds the browser app (Vite) into the web-client jar's /public folder with this machine's node and npm.
// Usage: node build.mjs <output folder>
// Runs `npm ci` only when node_modules is missing or package-lock.json changed since the last install, and rebuilds
// only when a source is newer than the last build, so an incremental Maven build costs one node start.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output folder>');
  process.exit(2);
}
const lockfile = join(here, 'package-lock.json');
const installed = join(here, 'node_modules', '.awstrader-lock.sha256');
const built = join(out, '.app-built');

const lockHash = createHash('sha256').update(readFileSync(lockfile)).digest('hex');
if (!existsSync(installed) || readFileSync(installed, 'utf8').trim() !== lockHash) {
  console.error('web app: installing packages (npm ci)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  writeFileSync(installed, lockHash + '\n');
}

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}
const inputs = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json',
  'build.mjs'].map((f) => join(here, f));
const lastBuild = existsSync(built) ? statSync(built).mtimeMs : -1;
if (lastBuild >= 0 && inputs.every((f) => newest(f) <= lastBuild)) process.exit(0);

console.error('web app: type-checking and building...');
rmSync(join(out, 'assets'), { recursive: true, force: true }); // old hashed bundles (the engine's folder stays)
execFileSync('npm', ['run', 'build', '--', '--outDir', out], { cwd: here, stdio: 'inherit' });
writeFileSync(built, new Date().toISOString() + '\n');
