import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddMeasureDocument, AgreementPageDocument, FamilyRelation, MeasureArea, PlanKind } from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';

// Only this file uses this municipality: its agreements are exactly the ones built here.
const MUNICIPALITY = 'SZR24';
const AGREEMENTS = 12;

const statements: string[] = [];
let hub: TestHub;
let mayor: GraphQLClient;

beforeAll(async () => {
  hub = await startTestHub({ onQuery: (sql) => statements.push(sql) });
  const built = await Promise.all(
    Array.from({ length: AGREEMENTS }, (_, i) =>
      concludedAgreement(hub, MUNICIPALITY, {
        holder: { birthDate: '1985-06-01', givenNameLatin: `Holder${i}` },
        relatives: {
          spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1987-01-01', givenNameLatin: 'Spouse' } },
          child: { relation: FamilyRelation.Child, input: { birthDate: '2016-05-05', givenNameLatin: 'Kid' } },
        },
      }),
    ),
  );
  mayor = built[0]!.mayor;
  for (const { agreement, family } of built) {
    const plan = (agreement.plans ?? []).find((p) => p.beneficiary?.id === family.holderId)!;
    const added = await mayor.request(AddMeasureDocument, {
      input: { planId: plan.id, area: MeasureArea.Language, description: 'Bulgarian language course', responsibleInstitutionCode: 'MON' },
    });
    if (!added.data) throw new Error(`addMeasure failed: ${JSON.stringify(added.errors)}`);
  }
});

afterAll(() => hub?.stop());

/** The SQL statements one request issues (and nothing from before it). */
async function statementsFor(first: number) {
  statements.length = 0;
  const res = await mayor.request(AgreementPageDocument, { filter: { municipalityCode: MUNICIPALITY }, first });
  const count = statements.length;
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.agreements.edges.map((e) => e.node);
  expect(nodes).toHaveLength(first);
  // The nesting really was resolved for every agreement on the page.
  for (const node of nodes) {
    expect(node.municipality.code).toBe(MUNICIPALITY);
    expect(node.members).toHaveLength(3);
    expect(node.holder?.family).toHaveLength(2);
    const plans = node.plans ?? [];
    expect(plans.map((p) => p.kind).sort()).toEqual([PlanKind.Adult, PlanKind.Adult, PlanKind.Child]);
    expect(plans.flatMap((p) => p.measures).map((m) => m.responsibleInstitution.code)).toEqual(['MON']);
  }
  return { count, sql: [...statements] };
}

describe('SQL statements per page of agreements', () => {
  it('does not grow with the page size (no N+1): 3 and 12 agreements with holder, family, members, plans and measures', async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(AGREEMENTS);
    console.log(`SQL statements for AgreementPage: first 3 → ${small.count}, first ${AGREEMENTS} → ${large.count}`);
    expect(large.count, large.sql.join('\n')).toBe(small.count);
    // The page with its agreements, people, plans and measures is one statement (read/json-read.ts); the
    // holders' families are two more (relatives, then those in scope); the access log's entry one, shared
    // by the requests of one batch (four, BEGIN to COMMIT, when another process wrote the log meanwhile).
    expect(large.count, large.sql.join('\n')).toBeLessThanOrEqual(4);
  });
});
