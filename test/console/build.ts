import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';

/** Builds the console (console/vite.config.ts) into a temporary folder of the test's own; removes it afterwards. */
export async function buildConsole(): Promise<{ dir: string; remove(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-console-'));
  await build({ configFile: path.resolve('console/vite.config.ts'), logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
