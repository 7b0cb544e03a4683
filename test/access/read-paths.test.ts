import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { AddMeasureDocument, ConcludeAgreementDocument, FamilyRelation, MeasureArea } from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Issue 8: `agreement` and `agreements` read their rows as JSON built by PostgreSQL (read/json-read.ts);
// `node(id)` reads the same agreement as entities through the loaders. For every role, both paths must
// give the same data and the same refusals, field by field: the JSON path is a faster way to the
// same answer, never a different policy. Only this file uses JAM22.
const MUNICIPALITY = 'JAM22';
const PROVINCE = 'JAM';

const hub = useTestHub();

// Everything an agreement offers, as deep as integrators go; its parts are the list roots' rows.
const BENEFICIARY_FIELDS = `id lnch givenNameLatin familyNameLatin birthDate sex citizenship stateless protectionKind educationLevel languages familyStatus
  integrationProfile family { relation relative { id givenNameLatin birthDate } }`;
const MEASURE_FIELDS = `id area service description dueOn status result fundingSource partnerOrganisation participant
  responsibleInstitution { code kind } plan { id kind }`;
const PLAN_FIELDS = `id kind educationalNeeds healthNeeds childOpinion beneficiary { id lnch birthDate integrationProfile } measures { ${MEASURE_FIELDS} }`;
const FIELDS = `
  id status signedOn endsOn extendedOn extensionConsentOn extensionConsentReference terminatedOn terminationGround
  terminationArticle transferredOn terminationNote version
  municipality { code nameBg province { code } }
  holder { ${BENEFICIARY_FIELDS} }
  members { role joinedOn leftOn leftOnGround beneficiary { id givenNameLatin familyNameLatin birthDate educationLevel } }
  plans { ${PLAN_FIELDS} }
  duties { item duty status }
  transferredFrom { id } transferredTo { id }`;

// Inline, as the file's other documents: every path compared reads this one field list, composed per root and type.
const AS_JSON = `query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`;
const AS_ENTITY = `query ($id: ID!) { node(id: $id) { ... on Agreement { ${FIELDS} } } }`;
const LISTED = `query ($m: String!) { agreements(first: 5, filter: { municipalityCode: $m }) { edges { node { ${FIELDS} } } } }`;

const UNITS: Partial<Record<Role, string>> = { MUNICIPALITY, RZI: PROVINCE, RZOK: PROVINCE, GOVERNOR: PROVINCE, NGO: 'caritas' };
const principals: { role: Role; unit?: string }[] = [...ROLES.map((role) => ({ role, unit: UNITS[role] })), { role: 'MUNICIPALITY', unit: 'JAM25' }];

/** Errors in a comparable form: code and message, at a path from the agreement (the root field differs). */
const refusals = (errors: readonly GraphQLFormattedError[] | undefined, rootPath: (string | number)[]) =>
  (errors ?? [])
    .filter((e) => e.path && rootPath.every((p, i) => e.path![i] === p))
    .map((e) => `${e.path!.slice(rootPath.length).join('.')} ${e.extensions?.code} ${e.message}`)
    .sort();

let agreementIds: string[] = [];
const ours = new Set<string>();
/** Agreements compared field by field, per principal. */
const comparedBy: Record<string, number> = {};

beforeAll(async () => {
  const mayor = await registeredMunicipality(hub(), MUNICIPALITY);
  const rzi = await hub().as({ role: 'RZI', unit: PROVINCE });
  for (const name of ['One', 'Two']) {
    const family = await forwardedFamily(hub(), MUNICIPALITY, {
      holder: { birthDate: '1984-02-02', givenNameLatin: `Holder${name}` },
      relatives: {
        spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1986-03-03', givenNameLatin: 'Spouse' } },
        child: { relation: FamilyRelation.Child, input: { birthDate: addDays(todayInSofia(), -2500), givenNameLatin: 'Kid' } },
      },
    });
    const concluded = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives) },
    });
    expect(concluded.errors, JSON.stringify(concluded.errors)).toBeUndefined();
    const agreement = concluded.data!.concludeAgreement;
    agreementIds.push(agreement.id);
    const planOf = (id: string) => agreement.plans!.find((p) => p.beneficiary?.id === id)!.id;
    const add = async (client: GraphQLClient, planId: string, area: MeasureArea, institution: string, partnerOrganisation?: string) => {
      const res = await client.request(AddMeasureDocument, {
        input: { planId, area, description: `${area} measure`, responsibleInstitutionCode: institution, partnerOrganisation },
      });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    };
    await add(mayor, planOf(family.holderId), MeasureArea.Employment, 'AZ');
    await add(mayor, planOf(family.holderId), MeasureArea.Language, 'MON', 'caritas');
    await add(mayor, planOf(family.relatives.spouse!), MeasureArea.SocialAssistance, 'ASP');
    await add(mayor, planOf(family.relatives.child!), MeasureArea.Education, 'MON');
    await add(rzi, planOf(family.relatives.child!), MeasureArea.Healthcare, `RZI-${PROVINCE}`);
  }
  agreementIds = agreementIds.sort();
  // This file's own plans, measures and people: other files write to the same database meanwhile.
  for (const id of agreementIds) {
    const { data } = await mayor.request<
      { agreement: { members: { beneficiary: { id: string } }[]; plans: { id: string; measures: { id: string }[] }[] } },
      { id: string }
    >(AS_JSON, { id });
    for (const m of data!.agreement.members) ours.add(m.beneficiary.id);
    for (const p of data!.agreement.plans) for (const x of [p.id, ...p.measures.map((m) => m.id)]) ours.add(x);
  }
}, 120_000);

describe('the JSON read path gives what the entity path gives, for every role', () => {
  it.each(principals)('$role $unit: agreement(id) and agreements equal node(id), data and refusals', async ({ role, unit }) => {
    const client = await hub().as({ role, unit });
    const listed = await client.request<{ agreements: { edges: { node: { id: string } }[] } }, { m: string }>(LISTED, { m: MUNICIPALITY });
    const listedById = new Map((listed.data?.agreements.edges ?? []).map((e, i) => [e.node.id, { node: e.node, path: ['agreements', 'edges', i, 'node'] }]));
    let compared = 0;
    for (const id of agreementIds) {
      const [json, entity] = await Promise.all([client.request(AS_JSON, { id }), client.request(AS_ENTITY, { id })]);
      const asJson = (json.data as { agreement: unknown } | null)?.agreement ?? null;
      const asEntity = (entity.data as { node: unknown } | null)?.node ?? null;
      // Refused at the root (a role that reads no agreements, or one out of scope): neither path gives it.
      if (refusedAtRoot(json.errors)) {
        expect(asJson).toBeNull();
        expect(asEntity).toBeNull();
        expect(listedById.has(id)).toBe(false);
        continue;
      }
      expect(asJson, `${role}: agreement(${id})`).toEqual(asEntity);
      expect(refusals(json.errors, ['agreement'])).toEqual(refusals(entity.errors, ['node']));
      const inList = listedById.get(id);
      if (asJson) {
        expect(inList, `${role}: ${id} is in scope, so it is listed`).toBeDefined();
        expect(inList!.node).toEqual(asJson);
        expect(refusals(listed.errors, inList!.path)).toEqual(refusals(json.errors, ['agreement']));
      }
      compared += 1;
    }
    comparedBy[`${role} ${unit ?? ''}`.trim()] = compared;
  });

  it('compared both agreements field by field for every role whose scope holds them', () => {
    for (const seen of ['SAR', `MUNICIPALITY ${MUNICIPALITY}`, 'DANS', 'DAZD', `RZI ${PROVINCE}`, `RZOK ${PROVINCE}`, 'MVR', 'COORDINATOR']) {
      expect(comparedBy[seen], seen).toBe(agreementIds.length);
    }
    for (const unseen of [`GOVERNOR ${PROVINCE}`, 'MUNICIPALITY JAM25', 'NGO caritas', 'NKBTH']) expect(comparedBy[unseen], unseen).toBe(0);
  });

  it('a field a directive adds (@include) is read, though the same operation left it out before', async () => {
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: MUNICIPALITY });
    // Inline: the same text twice, its directive's variable deciding what the one operation reads.
    const query = `query ($id: ID!, $s: Boolean!) { agreement(id: $id) { id status @include(if: $s) holder @include(if: $s) { lnch } } }`;
    const without = await mayor.request<{ agreement: { id: string; status?: string; holder?: unknown } }, { id: string; s: boolean }>(query, {
      id: agreementIds[0]!,
      s: false,
    });
    expect(without.data!.agreement).toEqual({ id: agreementIds[0] });
    const withIt = await mayor.request<{ agreement: { status?: string; holder?: { lnch: string } } }, { id: string; s: boolean }>(query, {
      id: agreementIds[0]!,
      s: true,
    });
    expect(withIt.errors).toBeUndefined();
    expect(withIt.data!.agreement.status).toBe('ACTIVE');
    expect(withIt.data!.agreement.holder!.lnch).toMatch(/^\d{10}$/);
  });

  it('the mayor of the municipality sees both agreements fully, with every measure and the family', async () => {
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: MUNICIPALITY });
    const res = await mayor.request<{ agreement: { holder: { family: unknown[] }; members: unknown[]; plans: { measures: unknown[] }[] } }, { id: string }>(
      AS_JSON,
      { id: agreementIds[0]! },
    );
    // Pseudonyms are the NGOs' alone: every other refusal would be a loss of data on the JSON path.
    expect(res.errors?.map((e) => `${e.path!.at(-1)} ${e.extensions?.code}`)).toEqual(Array(5).fill('participant FORBIDDEN'));
    expect(res.data!.agreement.members).toHaveLength(3);
    expect(res.data!.agreement.holder.family).toHaveLength(2);
    expect(res.data!.agreement.plans.flatMap((p) => p.measures)).toHaveLength(5);
  });
});

describe('a field refused on every row', () => {
  // Refusals of one field share all but their path (access/shield.ts): each must still be a whole
  // error of its own, where the field is in the query, and stay so when the query comes again.
  it('gives each row its own error: its own path, the message, the location and the extensions', async () => {
    const rzi = await hub().as({ role: 'RZI', unit: PROVINCE });
    // Inline: the errors' locations are checked against this text, line and column.
    const query = `query ($m: String!) {
  agreements(first: 5, filter: { municipalityCode: $m }) { edges { node { id plans { id kind } } } }
}`;
    const expected = (plans: { id: string }[][]) =>
      plans.flatMap((ofAgreement, i) =>
        ofAgreement.map((_, j) => ({
          message: 'Access denied to IntegrationPlan.kind.',
          locations: [{ line: 2, column: query.split('\n')[1]!.indexOf('kind') + 1 }],
          path: ['agreements', 'edges', i, 'node', 'plans', j, 'kind'],
          extensions: { code: 'FORBIDDEN', messageBg: 'Достъпът до IntegrationPlan.kind е отказан.', field: 'IntegrationPlan.kind' },
        })),
      );
    type Page = { agreements: { edges: { node: { id: string; plans: { id: string; kind: null }[] } }[] } };
    for (let time = 1; time <= 2; time++) {
      const res = await rzi.request<Page, { m: string }>(query, { m: MUNICIPALITY });
      const plans = res.data!.agreements.edges.map((e) => e.node.plans);
      expect(plans.flat().length, 'three plans an agreement').toBe(3 * agreementIds.length);
      expect(plans.flat().every((p) => p.kind === null && /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);
      expect(res.errors).toEqual(expected(plans));
    }
  });
});

// `integrationPlans`, `measures` and `beneficiaries` read their pages as JSON too: each row of this
// file's must equal node(id), data and refusals, for every role that lists it.
const LIST_ROOTS = [
  { root: 'integrationPlans', type: 'IntegrationPlan', fields: PLAN_FIELDS },
  { root: 'measures', type: 'Measure', fields: MEASURE_FIELDS },
  { root: 'beneficiaries', type: 'Beneficiary', fields: BENEFICIARY_FIELDS },
] as const;
const listedOfOurs: Record<string, number> = {};

/** Every page of a list root: its rows (this file's) with their refusals; null when the role may not list it. */
async function listAll(client: GraphQLClient, root: string, fields: string) {
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
  const rows: { node: { id: string }; refused: string[] }[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: Record<string, Page> | null; errors?: readonly GraphQLFormattedError[] } = await client.request<
      Record<string, Page>,
      { after: string | null }
    >(`query ($after: String) { ${root}(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`, { after });
    if (refusedAtRoot(res.errors)) return null;
    expect(res.data, JSON.stringify(res.errors)).toBeTruthy();
    const page: Page = res.data![root]!;
    for (const [i, e] of page.edges.entries()) {
      if (ours.has(e.node.id)) rows.push({ node: e.node, refused: refusals(res.errors, [root, 'edges', i, 'node']) });
    }
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

describe('the list roots read as JSON give what the entity path gives, for every role', () => {
  it.each(principals)('$role $unit: integrationPlans, measures and beneficiaries equal node(id), row by row', async ({ role, unit }) => {
    const client = await hub().as({ role, unit });
    for (const { root, type, fields } of LIST_ROOTS) {
      const rows = await listAll(client, root, fields);
      if (!rows) continue;
      for (const { node, refused } of rows) {
        const entity = await client.request<{ node: unknown }, { id: string }>(`query ($id: ID!) { node(id: $id) { ... on ${type} { ${fields} } } }`, {
          id: node.id,
        });
        expect(node, `${role}: ${root} ${node.id}`).toEqual(entity.data?.node);
        expect(refused).toEqual(refusals(entity.errors, ['node']));
      }
      listedOfOurs[`${role} ${unit ?? ''} ${root}`.replace(/ +/g, ' ')] = rows.length;
    }
  });

  it("compared this file's rows for the roles that list them", () => {
    const expected: Record<string, number> = {
      [`MUNICIPALITY ${MUNICIPALITY} integrationPlans`]: 6,
      [`MUNICIPALITY ${MUNICIPALITY} measures`]: 10,
      [`MUNICIPALITY ${MUNICIPALITY} beneficiaries`]: 6,
      [`RZI ${PROVINCE} measures`]: 2,
      'DAZD integrationPlans': 2,
      'AZ measures': 2,
      'NGO caritas measures': 2,
      'SAR beneficiaries': 6,
    };
    for (const [key, n] of Object.entries(expected)) expect(listedOfOurs[key], key).toBe(n);
  });
});

function refusedAtRoot(errors: readonly GraphQLFormattedError[] | undefined) {
  return !!errors?.some((e) => e.path?.length === 1);
}
