// Builds the browser app (Vite) into the web-client jar's /public folder with this machine's node and npm.
// Usage: node build.mjs <output folder>
// Installs packages only when the lockfile changed and rebuilds only when a source is newer than the last build,
// so an incremental Maven build costs one node start.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPackages, upToDate } from '../../scripts/npm-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output folder>');
  process.exit(2);
}
const built = join(out, '.app-built');

installPackages(here, 'web app');
const inputs = ['src', 'public', 'api-docs', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json',
  'build.mjs', '../../scripts/npm-build.mjs'].map((f) => join(here, f));
if (upToDate(inputs, built)) process.exit(0);

console.error('web app: type-checking and building...');
rmSync(join(out, 'assets'), { recursive: true, force: true }); // old hashed bundles (the engine's folder stays)
execFileSync('npm', ['run', 'build', '--', '--outDir', out], { cwd: here, stdio: 'inherit' });
// The REST API page (/api/docs): Swagger UI's prebuilt bundle from npm, self-hosted beside our page and its script
// (no inline script: the app's Content-Security-Policy allows none).
const docs = join(out, 'api-docs');
mkdirSync(docs, { recursive: true });
for (const f of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE']) {
  copyFileSync(join(here, 'node_modules/swagger-ui-dist', f), join(docs, f === 'LICENSE' ? 'swagger-ui-LICENSE.txt' : f));
}
for (const f of ['index.html', 'api-docs.js', 'api-docs.css']) copyFileSync(join(here, 'api-docs', f), join(docs, f));
writeFileSync(built, new Date().toISOString() + '\n');
