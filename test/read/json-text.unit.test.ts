import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DataClass } from '../../src/access/policy.js';
import type { Principal } from '../../src/access/principal.js';
import { textDecision } from '../../src/access/shield.js';
import { markText, RawText, ResponseParts, stringifyResponse } from '../../src/read/json-text.js';
// The modules register the policy's declarations (field classes) that textDecision reads.
import '../../src/modules/index.js';

// The passthrough's parts that run without a hub: the response's serialization, and the decisions
// it takes in SQL (docs/read-paths.md, "Passing PostgreSQL's text through"). The statement itself is
// held equal to the other read paths by test/access/read-path-equality.test.ts.

const as = (role: string, purpose: string | undefined = 'integration') => ({ role, unit: 'SHU', institutionCode: role, purpose }) as unknown as Principal;

describe("stringifyResponse: a response with root rows' texts", () => {
  const text = '{"id":"a","municipality":{"nameBg":"Гурково"},"plans":[{"kind":"ADULT"}]}';
  const raw = (t: string) => new RawText(Buffer.from(t, 'utf8'), {});

  it('splices each text in as the bytes it is, and writes the rest as JSON.stringify does', () => {
    const data = {
      agreements: {
        // A string that holds what a marker could look like stays a string.
        edges: [
          { cursor: 'W1', node: raw(text) },
          { cursor: '"\u00001"', node: raw('{"id":"b"}') },
        ],
        pageInfo: { hasNextPage: false, endCursor: null, skipped: undefined, nameBg: 'София', method: () => 1 },
        list: [undefined, 1, () => 1],
        dated: { toJSON: () => undefined },
      },
    };
    markText(data);
    const written = stringifyResponse({ data, errors: undefined } as never) as unknown;
    expect(written).toBeInstanceOf(ResponseParts);
    const parts = (written as ResponseParts).parts;
    // The rows' bytes are the very buffers read, not copies.
    expect(parts.filter((p) => Buffer.isBuffer(p))).toEqual([data.agreements.edges[0]!.node.bytes, data.agreements.edges[1]!.node.bytes]);
    const expected = {
      data: {
        agreements: {
          ...data.agreements,
          edges: [
            { cursor: 'W1', node: JSON.parse(text) },
            { cursor: '"\u00001"', node: { id: 'b' } },
          ],
        },
      },
    };
    expect(Buffer.concat((written as ResponseParts).buffers()).toString('utf8')).toBe(`${JSON.stringify(expected)}\n`);
  });

  it('writes an unmarked response with JSON.stringify, a text in it by its value', () => {
    expect(stringifyResponse({ data: { a: 1, b: 'x' } } as never)).toBe('{"data":{"a":1,"b":"x"}}\n');
    expect(stringifyResponse({ data: { n: raw('{"id":"a","name":"Гурково"}') } } as never)).toBe('{"data":{"n":{"id":"a","name":"Гурково"}}}\n');
  });
});

describe('textDecision: the decisions the passthrough takes in SQL, and those it leaves', () => {
  it('allowed on every row: noted under the class, or nothing for public data', () => {
    expect(textDecision('Agreement', 'holder', as('MUNICIPALITY'))).toEqual({ kind: 'every', note: DataClass.IDENTITY });
    expect(textDecision('Municipality', 'nameBg', as('MUNICIPALITY'))).toEqual({ kind: 'every', note: null });
  });

  it('a list of scoped rows: its first personal class, noted without ids', () => {
    expect(textDecision('Agreement', 'plans', as('RZI'))).toEqual({ kind: 'list', note: DataClass.PLAN });
  });

  it('a class by row: the classes the principal reads', () => {
    const rzi = textDecision('Measure', 'area', as('RZI'));
    expect(rzi).toMatchObject({ kind: 'byRow', readable: [DataClass.HEALTH] });
    expect(textDecision('Measure', 'area', as('MUNICIPALITY'))).toMatchObject({ kind: 'byRow', readable: [DataClass.PLAN, DataClass.CHILD, DataClass.HEALTH] });
  });

  it('refused on every row: noted under the class where it is personal; a field the policy does not name, without a class', () => {
    expect(textDecision('Agreement', 'extendedOn', as('RZI'))).toEqual({ kind: 'refused', note: undefined });
    expect(textDecision('Agreement', 'plans', as('SAR'))).toEqual({ kind: 'refused', note: DataClass.PLAN });
    expect(textDecision('NoSuchType', 'field', as('MUNICIPALITY'))).toEqual({ kind: 'refused', note: undefined });
    // RZI reads neither PLAN nor CHILD: a plan's kind is refused on every plan, by its class.
    expect(textDecision('IntegrationPlan', 'kind', as('RZI'))).toMatchObject({ kind: 'byRow', readable: [] });
  });

  it('leaves to the direct path: a missing purpose, a row limit, no token', () => {
    expect(textDecision('Agreement', 'holder', as('MUNICIPALITY', ''))).toBeUndefined();
    expect(textDecision('Measure', 'area', as('MUNICIPALITY', ''))).toBeUndefined();
    // DAZD's PROFILE grant holds for children only (policy.rowLimits).
    expect(textDecision('Beneficiary', 'educationLevel', as('DAZD'))).toBeUndefined();
    expect(textDecision('Agreement', 'status', null)).toBeUndefined();
  });
});
