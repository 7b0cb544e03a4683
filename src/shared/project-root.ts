import fs from 'node:fs';
import path from 'node:path';

// The same code runs from src/ (tsx, vitest) and from dist/src/ (node): find the
// project by its package.json rather than by a fixed number of '..'.
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(import.meta.dirname);

/** True when this module is running from TypeScript sources (tsx, vitest), not from dist/. */
export const runningFromSource = import.meta.url.endsWith('.ts');
