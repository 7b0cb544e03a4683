import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

// Not under a dot-folder such as node_modules/.cache: the hub's static handler serves no dotfile paths.
const CACHE = path.join(os.tmpdir(), 'hub-console-build');

/** A digest of what the build reads: the console's files, its config and the installed packages. */
function sourceDigest(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  walk(path.resolve('console'));
  hash.update(fs.readFileSync('package-lock.json')).update(fs.readFileSync(new URL(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The console built from the current sources (console/vite.config.ts), once per version of them:
 * the browser tests of a run share one build, in the temporary folder. The first file to ask builds
 * it while the others wait for its index.html (a lock folder says a build is under way; one left by
 * a killed run is taken over after ten minutes).
 */
export async function buildConsole(): Promise<{ dir: string }> {
  const dir = path.join(CACHE, sourceDigest());
  const lock = `${dir}.lock`;
  const done = () => fs.existsSync(path.join(dir, 'index.html'));
  fs.mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (done()) return { dir };
    try {
      fs.mkdirSync(lock);
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      // Another test file is building: wait for its result (a condition, checked every 200 ms).
      else await delay(200);
      continue;
    }
    try {
      const staging = `${dir}.building`;
      // As `npm run build:console` makes it, in a process of its own: under vitest (NODE_ENV=test) Vite
      // would build React's development JSX, which the production React of the bundle lacks.
      await promisify(execFile)(
        path.resolve('node_modules/.bin/vite'),
        ['build', '--config', 'console/vite.config.ts', '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'],
        {
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(staging, dir);
      // Builds of older sources a day old are not needed again (a younger one may be served by a test running now).
      for (const old of fs.readdirSync(CACHE)) {
        const full = path.join(CACHE, old);
        if (full !== dir && Date.now() - fs.statSync(full).mtimeMs > 24 * 3600_000) fs.rmSync(full, { recursive: true, force: true });
      }
      return { dir };
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
