// What the build's node steps share (web-client/app/build.mjs, sandbox/build-bot-compiler.mjs): packages installed
// with this machine's npm only when the lockfile changed, and a rebuild only when an input is newer than the output.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `npm ci` (with `extraArgs`) in `dir` when node_modules is missing or package-lock.json changed since. */
export function installPackages(dir, label, extraArgs = []) {
  const lockHash = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex');
  const stamp = join(dir, 'node_modules', '.awstrader-lock.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash) return;
  console.error(`${label}: installing packages (npm ci)...`);
  execFileSync('npm', ['ci', ...extraArgs, '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, lockHash + '\n');
}

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Whether `output` exists and no input (a file, or a folder's files) is newer than it. */
export function upToDate(inputs, output) {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return inputs.every((input) => newest(input) <= built);
}
