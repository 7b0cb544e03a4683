import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  Kind,
  parse,
  print,
  separateOperations,
  isAbstractType,
  isNonNullType,
  isObjectType,
  type GraphQLFormattedError,
  type GraphQLObjectType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import type { Principal } from '../../src/access/principal.js';
import { answeredDirectly, directField, passthroughField } from '../../src/server/direct-read.js';
import { idsByClass } from '../../src/audit/audit.service.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  AgreementHolderLnchDocument,
  AgreementStatusesDocument,
  ConcludeAgreementDocument,
  ExtendAgreementDocument,
  FamilyRelation,
  FileObjectionDocument,
  MeasureArea,
  OpenChildCaseDocument,
  Separation,
  TerminateAgreementDocument,
  TerminationGround,
  TransferAgreementDocument,
} from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { metricValue } from '../support/metrics.js';

// Issue 19, point 4: the ways the hub answers a root read give the same answer. The hubs with
// READ_PATH=passthrough (PostgreSQL writes the rows' response text), direct (the hub walks the rows),
// json (graphql-js executes over the rows) and entities (MikroORM entities and the loaders: the way
// back, docs/read-paths.md) are asked the same queries — selections generated from the schema — as
// every role, and must give the same data (keys in the same order), the same errors (message, path,
// code) and the same access-log entries. Only this file uses SHU23; every list is filtered to it
// (other files write to the database meanwhile).
const MUNICIPALITY = 'SHU23';
const PROVINCE = 'SHU';
const ENV = { GRAPHQL_MAX_COST: '1000000', GRAPHQL_MAX_TOKENS: '20000' };
const passthrough = useTestHub({ env: { ...ENV, READ_PATH: 'passthrough' } });
const direct = useTestHub({ env: { ...ENV, READ_PATH: 'direct' } });
const json = useTestHub({ env: { ...ENV, READ_PATH: 'json' } });
const entities = useTestHub({ env: { ...ENV, READ_PATH: 'entities' } });
const HUBS = { passthrough, direct, json, entities };

/** How many root reads the passthrough hub answered by PostgreSQL's text, from its metrics. */
const passedThrough = () => metricValue(passthrough(), 'hub_graphql_reads_answered_total{path="passthrough"}');

const schema = buildSchema(fs.readFileSync(path.join(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'));

/**
 * Every field of `type` that takes no required argument and that `keep` keeps, nested objects to
 * `depth` levels, a type not twice on one path (a person's family's people's family…), `__typename`
 * at each level; an interface or union by its `__typename` alone.
 */
type Keep = (type: GraphQLObjectType, field: string) => boolean;
function everyField(type: GraphQLObjectType, depth: number, onPath: readonly string[], keep: Keep): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) || !keep(type, field.name)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (depth === 0 || onPath.includes(named.name)) continue;
      parts.push(`${field.name} { ${everyField(named, depth - 1, [...onPath, named.name], keep)} }`);
    } else if (isAbstractType(named)) parts.push(`${field.name} { __typename }`);
    else parts.push(field.name);
  }
  return parts.join(' ');
}

/**
 * Each root read twice: with every field (some of which, such as `duties` or `holder.family`, have
 * resolvers of their own: the direct hub executes those operations), and with every field the direct
 * path answers (server/direct-read.ts), which the direct hub must answer without execution.
 */
const rootReads = (ids: { agreements: string[]; lnchs: string[] }, keep: Keep, direct: boolean, text = false) => {
  const all = (name: string) => everyField(schema.getType(name) as GraphQLObjectType, 3, [name], keep);
  const page = (root: string, filter: string, type: string) =>
    `query { ${root}(first: 100, filter: ${filter}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${all(type)} } } } }`;
  return [
    ...ids.agreements.map((id) => ({ name: `agreement(${id})`, query: `query { agreement(id: "${id}") { ${all('Agreement')} } }` })),
    { name: 'agreements', query: page('agreements', `{ municipalityCode: "${MUNICIPALITY}" }`, 'Agreement') },
    { name: 'integrationPlans', query: page('integrationPlans', `{ municipalityCode: "${MUNICIPALITY}" }`, 'IntegrationPlan') },
    { name: 'measures', query: page('measures', `{ municipalityCode: "${MUNICIPALITY}" }`, 'Measure') },
    ...ids.lnchs.map((lnch) => ({ name: `beneficiaries(${lnch})`, query: page('beneficiaries', `{ lnch: "${lnch}" }`, 'Beneficiary') })),
  ].map((read) => ({ ...read, name: `${read.name}, ${text ? 'passthrough fields' : direct ? 'direct fields' : 'every field'}`, direct, text }));
};

/**
 * Each root read with every field the passthrough answers for the principal (server/direct-read.ts
 * passthroughField): the passthrough hub must answer those by PostgreSQL's text.
 */
const textReads = (ids: { agreements: string[]; lnchs: string[] }, principal: { role: Role; purpose?: null }) =>
  rootReads(ids, passthroughField(schema, { role: principal.role, purpose: principal.purpose === null ? undefined : 'equality' } as Principal), true, true);

/**
 * The queries of test/graphql (the typed documents the other tests use) whose root is one of the five
 * reads, with variables for this file's rows: each agreement by id, the pages of SHU23, each holder's
 * beneficiaries by LNCH.
 */
const documents = separateOperations(
  parse(
    fs
      .readdirSync(path.join(import.meta.dirname, '../graphql'))
      .map((f) => fs.readFileSync(path.join(import.meta.dirname, '../graphql', f), 'utf8'))
      .join('\n'),
  ),
);
const documentReads = (ids: { agreements: string[]; lnchs: string[] }) =>
  Object.entries(documents).flatMap(([name, document]) => {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const root = operation?.operation === 'query' && operation.selectionSet.selections[0];
    if (!root || root.kind !== Kind.FIELD) return [];
    const query = print(document);
    const variables: Record<string, Record<string, unknown>[]> = {
      agreement: ids.agreements.map((id) => ({ id })),
      agreements: [{ first: 100, filter: { municipalityCode: MUNICIPALITY } }],
      integrationPlans: [{ first: 100, filter: { municipalityCode: MUNICIPALITY } }],
      measures: [{ first: 100, filter: { municipalityCode: MUNICIPALITY } }],
      beneficiaries: ids.lnchs.map((lnch) => ({ first: 100, filter: { lnch } })),
    };
    return (variables[root.name.value] ?? []).map((v) => ({ name: `${name} ${JSON.stringify(v)} (test/graphql)`, query, variables: v, direct: undefined }));
  });
/**
 * The corners of GraphQL the direct path must honour as execution does: aliases, a field asked twice
 * (its selections merged), inline fragments and fragment spreads; errors of the root field's arguments
 * and of its service; and what it leaves to execution (variables that do not coerce, @include).
 */
const cornerReads = (ids: { agreements: string[] }) => {
  const page = `agreements(first: 3, filter: { municipalityCode: "${MUNICIPALITY}" })`;
  return [
    {
      name: 'aliases',
      query: `{ a: ${page} { total: totalCount edges { c: cursor n: node { i: id s: status h: holder { id } h2: holder { lnch } } } } }`,
      direct: true,
    },
    {
      name: 'merged fields and fragments',
      query: `query { agreement(id: "${ids.agreements[0]}") { id ...F ... on Agreement { plans { measures { area } } } } } fragment F on Agreement { plans { id measures { id } } plans { kind __typename } }`,
      direct: true,
    },
    { name: 'page size out of range', query: '{ agreements(first: 0) { totalCount } }', direct: true },
    { name: 'a forged cursor', query: '{ agreements(first: 3, after: "forged") { totalCount } }', direct: true },
    { name: 'not an id', query: '{ agreement(id: "not-a-uuid") { id } }', direct: true },
    { name: 'no such agreement', query: `{ agreement(id: "${randomUUID()}") { id status } }`, direct: true },
    { name: 'a page in pages', query: `{ ${page} { pageInfo { hasNextPage endCursor } edges { cursor } } }`, direct: true },
    { name: 'a variable that does not coerce', query: 'query($f: Int) { agreements(first: $f) { totalCount } }', variables: { f: 'x' }, direct: true },
    { name: '@include', query: `query($i: Boolean!) { ${page} { edges { node { id status @include(if: $i) } } } }`, variables: { i: true }, direct: false },
  ];
};
type Read = { name: string; query: string; variables?: Record<string, unknown>; direct?: boolean; text?: boolean };
const ROOT_READS = (ids: { agreements: string[]; lnchs: string[] }): Read[] => [
  ...rootReads(ids, () => true, false),
  ...rootReads(ids, directField(schema), true),
  ...documentReads(ids),
  ...cornerReads(ids),
];
const UNITS: Partial<Record<Role, string>> = { MUNICIPALITY, RZI: PROVINCE, RZOK: PROVINCE, GOVERNOR: PROVINCE, NGO: 'caritas' };
// Every role with a purpose; the mayor of another municipality; and the mayor without a purpose, whose
// personal fields are refused (PURPOSE_REQUIRED) field by field.
const principals: { role: Role; unit?: string; purpose?: null }[] = [
  ...ROLES.map((role) => ({ role, unit: UNITS[role] })),
  { role: 'MUNICIPALITY', unit: 'SHU07' },
  { role: 'MUNICIPALITY', unit: MUNICIPALITY, purpose: null },
];

/** Errors as a client compares them: message, path and code, in a stable order. */
const errorsOf = (errors: readonly GraphQLFormattedError[] | undefined) =>
  (errors ?? []).map((e) => `${(e.path ?? []).join('.')} ${e.extensions?.code} ${e.message}`).sort();

let ids: { agreements: string[]; lnchs: string[] } = { agreements: [], lnchs: [] };

/**
 * Agreements in every status (issue 19.4): active (with a governor's objection), extended, terminated,
 * transferred (to SHU30, which only this file uses), completed (signed in 2023); measures of every
 * kind of row, one assigned to an NGO; a child's case linked to a child's record.
 */
const FATES = ['Active', 'Extended', 'Terminated', 'Transferred', 'Completed'] as const;
beforeAll(async () => {
  const mayor = await registeredMunicipality(json(), MUNICIPALITY);
  await registeredMunicipality(json(), 'SHU30');
  const rzi = await json().as({ role: 'RZI', unit: PROVINCE });
  for (const fate of FATES) {
    const old = fate === 'Completed';
    const family = await forwardedFamily(json(), MUNICIPALITY, {
      holder: {
        birthDate: '1983-05-05',
        givenNameLatin: `Equal${fate}`,
        ...(old ? { protectionDecisionDate: '2023-01-02', protectionDecisionServedOn: '2023-01-05' } : {}),
      },
      relatives: {
        spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1985-06-06', givenNameLatin: 'Spouse' } },
        child: { relation: FamilyRelation.Child, input: { birthDate: addDays(todayInSofia(), -3000), givenNameLatin: 'Kid' } },
      },
      ...(old ? { submittedOn: '2023-01-10', forwardedOn: '2023-01-20' } : {}),
    });
    const concluded = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives), ...(old ? { signedOn: '2023-02-01' } : {}) },
    });
    expect(concluded.errors, JSON.stringify(concluded.errors)).toBeUndefined();
    const agreement = concluded.data!.concludeAgreement;
    ids.agreements.push(agreement.id);
    const planOf = (id: string) => agreement.plans!.find((p) => p.beneficiary?.id === id)!.id;
    const add = async (client: GraphQLClient, planId: string, area: MeasureArea, institution: string, partnerOrganisation?: string) => {
      const res = await client.request(AddMeasureDocument, {
        input: { planId, area, description: `${area} measure`, responsibleInstitutionCode: institution, partnerOrganisation },
      });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    };
    if (!old) {
      await add(mayor, planOf(family.holderId), MeasureArea.Employment, 'AZ');
      await add(mayor, planOf(family.holderId), MeasureArea.Language, 'MON', 'caritas');
      await add(mayor, planOf(family.relatives.spouse!), MeasureArea.SocialAssistance, 'ASP');
      await add(mayor, planOf(family.relatives.child!), MeasureArea.Education, 'MON');
      await add(rzi, planOf(family.relatives.child!), MeasureArea.Healthcare, `RZI-${PROVINCE}`);
    }
    const version = agreement.version;
    const done = (res: { errors?: unknown }) => expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    if (fate === 'Active') {
      const governor = await json().as({ role: 'GOVERNOR', unit: PROVINCE });
      done(await governor.request(FileObjectionDocument, { input: { agreementId: agreement.id, filedById: family.holderId, activity: 'Housing' } }));
      // A child's case of the family's child, identified by SAR.
      done(
        await (await json().as({ role: 'SAR' })).request(OpenChildCaseDocument, {
          input: { separation: Separation.Separated, identifiedWhere: 'Reception centre, Sofia', beneficiaryId: family.relatives.child },
        }),
      );
    }
    if (fate === 'Extended')
      done(
        await mayor.request(ExtendAgreementDocument, {
          input: { agreementId: agreement.id, version, consentOn: todayInSofia(), consentReference: 'Consent 1/2026' },
        }),
      );
    if (fate === 'Terminated')
      done(
        await mayor.request(TerminateAgreementDocument, {
          input: { agreementId: agreement.id, version, ground: TerminationGround.LeftMunicipality, note: 'Moved abroad' },
        }),
      );
    if (fate === 'Transferred') {
      done(
        await mayor.request(TransferAgreementDocument, {
          input: { agreementId: agreement.id, version, toMunicipalityCode: 'SHU30', newAddress: 'Shumen, 2 Main St.' },
        }),
      );
    }
    const holder = await mayor.request(AgreementHolderLnchDocument, { id: agreement.id });
    ids.lnchs.push(holder.data!.agreement.holder!.lnch);
  }
  ids = { agreements: ids.agreements.sort(), lnchs: ids.lnchs.sort() };
  // Every status is there, as the mayor reads them.
  const statuses = await mayor.request(AgreementStatusesDocument, { first: 100, filter: { municipalityCode: MUNICIPALITY } });
  expect(statuses.data!.agreements.edges.map((e) => e.node.status).sort()).toEqual(['ACTIVE', 'COMPLETED', 'EXTENDED', 'TERMINATED', 'TRANSFERRED']);
}, 180_000);

/** The access-log entries of a subject: what was read, per class, and how it ended. */
async function entriesOf(subject: string) {
  const rows = await json()
    .orm.em.getConnection()
    .execute<{ records: Record<string, number[]>; recordIds: string[]; hashVersion: number; outcome: string; operation_type: string }[]>(
      'select records, record_ids::text[] as "recordIds", hash_version as "hashVersion", outcome, operation_type from audit_log where subject = ? order by seq',
      [subject],
    );
  // The ids per class, in one order: each path notes them in the order it reads them.
  return rows.map(({ outcome, operation_type, ...entry }) => ({
    outcome,
    operation_type,
    records: Object.fromEntries(
      Object.entries(idsByClass(entry))
        .map(([k, v]) => [k, [...v].sort()] as const)
        .sort(),
    ),
  }));
}

describe('the read paths give one answer (issue 19.4): json and entities, every field, every role', () => {
  it('the generated selections reach deep: an agreement’s plans’ measures and its members’ people', () => {
    for (const read of ROOT_READS(ids).filter((r) => r.name.startsWith('agreements'))) {
      expect(read.query).toMatch(/plans \{ __typename .*measures \{ __typename .*responsibleInstitution \{/);
      expect(read.query).toMatch(/members \{ __typename .*beneficiary \{ __typename .*lnch/);
    }
  });

  it('the direct hub answers the direct selections without execution, and executes the others', () => {
    for (const read of ROOT_READS(ids)) if (read.direct !== undefined) expect(answeredDirectly(schema, parse(read.query)), read.name).toBe(read.direct);
  });

  it('the documents of test/graphql are compared too, and the direct hub answers some of them directly', () => {
    const reads = documentReads(ids);
    expect(new Set(reads.map((r) => r.name.split(' ')[0]))).toEqual(
      new Set([
        'Agreement',
        'Agreements',
        'AgreementPage',
        'AgreementWithPredecessor',
        'AgreementDuties',
        'AgreementStatus',
        'AgreementTermination',
        'AgreementTermAndParties',
        'AgreementStatusAndHolder',
        'AgreementStatusAndHolderName',
        'AgreementHolderLnch',
        'AgreementHolderAndPlans',
        'AgreementPlanIds',
        'AgreementPlanKinds',
        'AgreementChildOpinions',
        'AgreementStatuses',
        'MeasureIds',
        'MeasureCount',
        'MeasuresPageIds',
        'MeasuresPageAreas',
        'MeasuresPagePlans',
        'MeasuresPagePlanKinds',
        'MeasuresPageShared',
        'MeasuresPageParticipants',
        'Beneficiaries',
      ]),
    );
    // Those asking only what the rows answer (a fragment, a page with its cursors and count); not
    // AgreementPage (a holder's family), AgreementWithPredecessor nor AgreementDuties (loaders), nor
    // the pages of measures that read each one's plan (MeasuresPagePlans, MeasuresPagePlanKinds, MeasuresPageShared).
    const direct = new Set(reads.filter((r) => answeredDirectly(schema, parse(r.query))).map((r) => r.name.split(' ')[0]));
    expect(direct).toEqual(
      new Set([
        'Agreement',
        'Agreements',
        'AgreementStatus',
        'AgreementTermination',
        'AgreementTermAndParties',
        'AgreementStatusAndHolder',
        'AgreementStatusAndHolderName',
        'AgreementHolderLnch',
        'AgreementHolderAndPlans',
        'AgreementPlanIds',
        'AgreementPlanKinds',
        'AgreementChildOpinions',
        'AgreementStatuses',
        'MeasureIds',
        'MeasureCount',
        'MeasuresPageIds',
        'MeasuresPageAreas',
        'MeasuresPageParticipants',
        'Beneficiaries',
      ]),
    );
  });

  // Each read on the three hubs, with its access log (test/graphql's documents among them): seconds per role, more than the default timeout allows under load.
  it.each(principals)(
    '$role $unit $purpose: data, errors and access-log entries equal',
    async ({ role, unit, purpose }) => {
      let compared = 0;
      let purposeRefused = 0;
      const reads: Read[] = [...ROOT_READS(ids), ...textReads(ids, { role, purpose })];
      for (const read of reads) {
        const answers = [];
        for (const [name, hub] of Object.entries(HUBS)) {
          const sub = `equal-${name}-${randomUUID()}`;
          const before = name === 'passthrough' ? await passedThrough() : 0;
          // Generated reads (and test/graphql's documents, printed): compared as text, inline.
          const res = await (await hub().as({ role, unit, sub, purpose })).request(read.query, read.variables);
          // Where the root read gives rows (not refused, not out of scope), PostgreSQL wrote them.
          const rows = !!res.data && Object.values(res.data as object).some((v) => v !== null);
          if (name === 'passthrough' && read.text && rows)
            expect((await passedThrough()) - before, `${role} ${read.name}: answered by the passthrough`).toBe(1);
          // The errors in the order they came too: the passthrough's refusals are ordered in SQL, as execution meets them.
          const order = (res.errors ?? []).map((e) => `${(e.path ?? []).join('.')} ${e.message}`);
          answers.push({ name, status: res.status, data: res.data, errors: errorsOf(res.errors), order, log: await entriesOf(sub) });
        }
        const [a, ...others] = answers;
        for (const b of others) {
          expect(a!.status, `${role} ${read.name}: HTTP status, ${a!.name} and ${b.name}`).toBe(b.status);
          expect(a!.data, `${role} ${read.name}: data, ${a!.name} and ${b.name}`).toEqual(b.data);
          // The keys in the same order too: the passthrough writes them in SQL.
          expect(JSON.stringify(a!.data), `${role} ${read.name}: data's order, ${a!.name} and ${b.name}`).toBe(JSON.stringify(b.data));
          expect(a!.errors, `${role} ${read.name}: errors, ${a!.name} and ${b.name}`).toEqual(b.errors);
          if (b.name === 'direct') expect(a!.order, `${role} ${read.name}: errors' order, ${a!.name} and ${b.name}`).toEqual(b.order);
          expect(a!.log, `${role} ${read.name}: access log, ${a!.name} and ${b.name}`).toEqual(b.log);
        }
        if (a!.data && Object.values(a!.data as object).some((v) => v !== null)) compared += 1;
        if (a!.errors.some((e) => e.includes(' PURPOSE_REQUIRED '))) purposeRefused += 1;
      }
      // Without a purpose, personal fields are refused (and the comparison covers those refusals).
      expect(purposeRefused > 0, `${role}: PURPOSE_REQUIRED seen`).toBe(purpose === null);
      // Roles that read agreements compare real rows, not two refusals.
      if (['SAR', 'MUNICIPALITY', 'DANS', 'RZI', 'MVR', 'COORDINATOR'].includes(role) && unit !== 'SHU07') expect(compared, role).toBeGreaterThan(0);
    },
    90_000,
  );
});
