import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildConsole } from './build.js';

// Issue 18: the first page stays under ~300 KB gzipped; the other parts are split off, loaded when
// opened. The first page is what index.html names: its entry script, the modules it preloads, its CSS.
const FIRST_PAGE_LIMIT = 300 * 1024;

describe("the console's bundle", () => {
  it('keeps the first page under 300 KB gzipped, and every other part in chunks of its own', async () => {
    const { dir } = await buildConsole();
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const firstPage = [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(firstPage.length).toBeGreaterThan(0);
    const gzipped = firstPage.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, file))).byteLength, 0);
    console.info(`console first page: ${firstPage.length} files, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(FIRST_PAGE_LIMIT);

    // The parts behind the menu (App.tsx: eight lazy routes) are chunks the first page does not name.
    const scripts = fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
    const named = firstPage.filter((f) => f.endsWith('.js')).length;
    expect(scripts.length - named).toBeGreaterThanOrEqual(8);
  });
});
