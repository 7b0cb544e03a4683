import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sign, verify } from '../../src/modules/notifications/delivery/signature.js';
import { projectRoot } from '../../src/shared/project-root.js';

const key = 'k'.repeat(43);
const body = JSON.stringify({ id: 'n-1', kind: 'AGREEMENT_CONCLUDED' });

describe('webhook signatures (HMAC-SHA256 over timestamp and body)', () => {
  it('verifies what the hub signs, and nothing altered', () => {
    const header = sign(key, body);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verify(key, body, header)).toBe(true);
    expect(verify(key, `${body} `, header)).toBe(false);
    expect(verify('another key of the same length, or not....', body, header)).toBe(false);
    expect(verify(key, body, undefined)).toBe(false);
    expect(verify(key, body, header.replace(/v1=../, 'v1=00'))).toBe(false);
  });

  it('refuses an old signature (replay), within a tolerance', () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect(verify(key, body, sign(key, body, tenMinutesAgo))).toBe(false);
    expect(verify(key, body, sign(key, body, tenMinutesAgo), 900)).toBe(true);
  });

  it('agrees with the receiver example in docs/notifications.md', () => {
    const doc = fs.readFileSync(path.join(projectRoot, 'docs', 'notifications.md'), 'utf8');
    const source = /function signatureValid[\s\S]*?\n}\n/.exec(doc)?.[0];
    expect(source, 'the receiver example defines signatureValid').toBeDefined();
    // The documented function, run as a receiver would run it, with the same key.
    const signatureValid = new Function('createHmac', 'timingSafeEqual', 'key', `${source}; return signatureValid;`)(createHmac, timingSafeEqual, key) as (
      raw: string,
      header: string,
    ) => boolean;
    expect(signatureValid(body, sign(key, body))).toBe(true);
    expect(signatureValid(`${body}x`, sign(key, body))).toBe(false);
  });
});
