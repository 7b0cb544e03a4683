import fs from 'node:fs';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import { AddMeasureIdDocument, MeasureArea } from '../gql/graphql.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Issue 17: "Every documented page size passes the default limits with the fields the docs show: a test
// runs every example in docs/api-guide.md under the defaults." Each ```graphql block names, in its first
// line (`# as ROLE`), the role that may run it; it runs as that role, without variables, against a hub with
// the default depth, alias and cost limits (docs/api-guide.md, "Limits on queries"), and must answer
// without a single error. The municipality's examples find rows of its own (made here).
const GUIDE = new URL('../../docs/api-guide.md', import.meta.url);
const MUNICIPALITY = 'SLS07';

interface Example {
  role: Role;
  source: string;
  line: number;
}

/** Every ```graphql block of the guide, with the role its first line names. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const block = /^```graphql\n([\s\S]*?)^```$/gm;
  for (let m = block.exec(markdown); m; m = block.exec(markdown)) {
    const source = m[1]!;
    const line = markdown.slice(0, m.index).split('\n').length;
    const role = /^# as ([A-Z]+)\b/.exec(source)?.[1];
    if (!role || !(ROLES as readonly string[]).includes(role)) throw new Error(`docs/api-guide.md:${line}: the example's first line must be '# as <ROLE>'`);
    found.push({ role: role as Role, source, line });
  }
  return found;
}

const guide = examples(fs.readFileSync(GUIDE, 'utf8'));
const hub = useTestHub();

describe('the examples of docs/api-guide.md', () => {
  beforeAll(async () => {
    // A row of each kind the municipality's examples list: an agreement with plans, a measure with a result.
    const { mayor, agreement } = await concludedAgreement(hub(), MUNICIPALITY);
    const planId = agreement.plans![0]!.id;
    const added = await mayor.request(AddMeasureIdDocument, {
      input: { planId, area: MeasureArea.Language, description: 'Bulgarian course', responsibleInstitutionCode: `MUNICIPALITY-${MUNICIPALITY}` },
    });
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
  }, 60_000);

  it('are there, each a GraphQL document with one operation', () => {
    expect(guide.length).toBeGreaterThanOrEqual(5);
    for (const example of guide) expect(parse(example.source).definitions, `line ${example.line}`).toHaveLength(1);
  });

  it('run under the default limits (the test hub has them)', () => {
    const defaults = loadConfig({ NODE_ENV: 'test' }).graphql;
    expect(hub().config.graphql).toMatchObject({ maxDepth: defaults.maxDepth, maxAliases: defaults.maxAliases, maxCost: defaults.maxCost });
  });

  it.each(guide.map((e) => [`line ${e.line} as ${e.role}`, e] as const))('%s answers without an error', async (_name, example) => {
    const client = await hub().as({ role: example.role, unit: example.role === 'MUNICIPALITY' ? MUNICIPALITY : undefined, purpose: 'API guide examples' });
    // The guide's own text, as an integrator would send it: inline.
    const res = await client.request<Record<string, { totalCount?: number; edges?: unknown[] }>, unknown>(example.source);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const [root] = Object.values(res.data ?? {});
    expect(root).toBeTruthy();
    // The municipality's own lists hold what beforeAll made; SAR's register holds everyone's.
    if (!/notifications\(/.test(example.source)) expect(root!.edges?.length ?? 0).toBeGreaterThan(0);
  });
});
