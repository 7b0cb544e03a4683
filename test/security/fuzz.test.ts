import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classOf, mayPerform, mayRead, mayReadAny, type ByRow } from '../../src/access/policy.js';
import type { Role } from '../../src/domain/institutions.js';
import { openOrm } from '../../src/db/orm.js';
import { createLogger } from '../../src/server/logger.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { MeRoleDocument, OpenChildCaseDocument, ProvinceCodesDocument } from '../gql/graphql.js';
import { anLnch } from '../support/builders.js';
import type { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { createOwnDatabase } from '../support/own-database.js';
import { ONE_PER_ROLE, type PrincipalSpec } from '../support/principals.js';

/**
 * Schema-aware fuzzing: for every root query and mutation, random and mutated operations, as anonymous
 * and as many principals, and the hub must answer each without a 5xx or INTERNAL_SERVER_ERROR and
 * stay up. Values come from the field's own types (with ids and codes of real rows, so that some reach
 * the services), then some are broken: wrong types, control characters, huge text, forged cursors,
 * years outside the calendar, values written inline instead of as variables. The hub runs on a
 * database of its own: what the fuzz happens to create touches no other test's counts.
 */
// FUZZ_RUNS=200 for a longer hunt by hand; the suite's run stays a few seconds.
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 10);
const PARALLEL = 4;

let hub: TestHub;
let database: Awaited<ReturnType<typeof createOwnDatabase>> | undefined;
let schema: GraphQLSchema;
let clients: GraphQLClient[];
let specs: PrincipalSpec[];
const ids: string[] = [];
const today = todayInSofia();

beforeAll(async () => {
  database = await createOwnDatabase('fuzz');
  // Migrations and reference data, as the run's global setup does for the shared database.
  await (await openOrm(database.url, createLogger({ logLevel: 'warn' }))).close();
  hub = await startTestHub({ env: { DATABASE_URL: database.url } });
  // Introspection (graphql-js's own document), for the schema the fuzzer walks.
  const introspection = await hub.anonymous.request<IntrospectionQuery, never>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data!);

  // Real rows, so that generated ids sometimes name something in a caller's scope.
  const { agreement, family } = await concludedAgreement(hub, 'SML09');
  ids.push(agreement.id, family.holderId, family.applicationId, ...(agreement.plans ?? []).map((p) => p.id));
  const dazd = await hub.as({ role: 'DAZD' });
  const opened = await dazd.request(OpenChildCaseDocument, {
    input: { separation: 'UNACCOMPANIED', identifiedWhere: 'Border crossing' },
  });
  if (opened.data) ids.push(opened.data.openChildCase.id);

  // Every role, and two tokens without a purpose (refused personal data, still no 5xx).
  specs = [...ONE_PER_ROLE.filter((p) => p.role !== 'ADMIN'), { role: 'ADMIN', purpose: null }, { role: 'SAR', purpose: null }];
  clients = [hub.anonymous, ...(await Promise.all(specs.map((p) => hub.as(p))))];
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const cursor = (key: unknown, id: unknown) => Buffer.from(JSON.stringify([key, id])).toString('base64url');

// Text as integrators, mistakes and attackers write it.
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'line\nbreak',
  'tab\there',
  '\u0007\u001b[31m',
  '\u0085',
  '\ud800',
  'x\udfffy',
  '😀',
  'x'.repeat(5000),
  '😀'.repeat(2100),
  "'; drop table agreement; --",
  '{"$ne":null}',
  '%00',
  '0000-01-01',
  '2101-01-01',
  '99999999999999999999999',
  '-1',
  cursor({ $ne: null }, randomUUID()),
  cursor('2026-01-01', 'not-a-uuid'),
  cursor(1, randomUUID()),
  cursor(null, randomUUID()),
  'bm9wZQ',
);
const known = fc.constantFrom(
  'SML09',
  'SML',
  'SML05',
  'SOF46',
  'BLG',
  'SY',
  'AF',
  'unhcr',
  'DAZD',
  'AZ',
  'RZI-SML',
  'MUNICIPALITY-SML09',
  'ar',
  'https://example.org/hook',
  'http://127.0.0.1/hook',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 3, arbitrary: known },
  { weight: 1, arbitrary: fc.constant(anLnch()) },
);
const id = () => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text });
const date = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -400, max: 30 }).map((d) => addDays(today, d)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: text },
);
const instant = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('0000-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday'),
);
const int = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(100, 101, 10_000, 10_001));

/** A value of a GraphQL input type, mostly well-typed. */
function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 19, arbitrary: arbitraryOf(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = arbitraryOf(type.ofType, depth + 1);
      return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 90, maxLength: 120 }) });
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      if (depth > 3) return fc.constant({});
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    switch (type.name) {
      case 'String':
        return text;
      case 'ID':
        return id();
      case 'Int':
        return int;
      case 'Float':
        return fc.double();
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return date;
      case 'DateTimeISO':
        return instant;
      default:
        return fc.jsonValue();
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A value the schema and the stated limits accept: what a careful integrator sends, to get past the checks. */
function validOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return validOf(type.ofType, depth);
  if (isListType(type)) return fc.array(validOf(type.ofType, depth + 1), { maxLength: 2 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, validOf(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch (type.name) {
    case 'String':
      return fc.oneof(known, fc.constantFrom('Language classes.', 'Reviewed.', anLnch(), today));
    case 'ID':
      return fc.constantFrom(...ids);
    case 'Int':
      return fc.integer({ min: 0, max: 3 });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.integer({ min: -60, max: 0 }).map((d) => addDays(today, d));
    case 'DateTimeISO':
      return fc.constant(new Date().toISOString());
    default:
      return fc.constant(null);
  }
}

/** A value broken after the fact: one leaf replaced by text that hurts, null, or any JSON (wrong types, operators). */
const mutate = (value: unknown): fc.Arbitrary<unknown> =>
  fc.tuple(fc.nat(), fc.oneof(nasty, fc.constant(null), fc.jsonValue(), fc.constant({ $ne: null }), fc.constant([[[]]]))).map(([pick, junk]) => {
    const leaves: [Record<string, unknown>, string][] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        for (const [k, child] of Object.entries(v)) {
          leaves.push([v as Record<string, unknown>, k]);
          walk(child);
        }
      }
    };
    const copy = structuredClone(value);
    walk(copy);
    if (leaves.length === 0) return junk;
    const [parent, key] = leaves[pick % leaves.length]!;
    parent[key] = junk;
    return copy;
  });

/** A GraphQL literal for a value, as a client would inline it (not always one the type accepts). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const list = isNonNullType(type) ? type.ofType : type;
    return `[${value.map((v) => literal(v, isListType(list) ? (list.ofType as GraphQLInputType) : type)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}

/** What to select so that the root resolver and the lazy parts of its result (totalCount, cursors) run. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const fields = type.getFields();
  const picks = ['__typename', ...['id', 'totalCount', 'status', 'version'].filter((f) => f in fields && !fields[f]!.args.length)];
  if ('pageInfo' in fields) picks.push('pageInfo { hasNextPage endCursor }');
  if ('edges' in fields) picks.push('edges { cursor }');
  return ` { ${picks.join(' ')} }`;
}

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

function operations(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): fc.Arbitrary<Operation> {
  const requiredKeys = field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
  const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryOf(a.type)])), { requiredKeys });
  const valid = fc.record(Object.fromEntries(field.args.map((a) => [a.name, validOf(a.type)])), { requiredKeys });
  const asVariables = (variables: Record<string, unknown>): Operation => {
    const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    return { query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection(field)} }`, variables };
  };
  const inline = (variables: Record<string, unknown>): Operation => {
    const passed = field.args
      .filter((a) => a.name in variables)
      .map((a) => `${a.name}: ${literal(variables[a.name], a.type)}`)
      .join(', ');
    return { query: `${kind} { ${field.name}${passed ? `(${passed})` : ''}${selection(field)} }`, variables: {} };
  };
  return fc.oneof(
    { weight: 3, arbitrary: args.map(asVariables) },
    { weight: 2, arbitrary: valid.map(asVariables) },
    { weight: 3, arbitrary: valid.chain((a) => mutate(a)).map((a) => asVariables(a as Record<string, unknown>)) },
    { weight: 1, arbitrary: args.chain((a) => mutate(a)).map((a) => asVariables(a as Record<string, unknown>)) },
    { weight: 1, arbitrary: fc.oneof(args, valid).map(inline) },
  );
}

/** Whether the policy lets the role call the root field (else the request stops at FORBIDDEN). */
function mayCall(role: Role, kind: 'query' | 'mutation', name: string): boolean {
  if (kind === 'mutation') return mayPerform(role, name);
  const c = classOf('Query', name);
  return !c ? false : typeof c === 'string' ? mayRead(role, c) : 'classes' in c ? mayReadAny(role, c as ByRow) : false;
}

/** What the hub must never answer, whatever it was sent. */
function brokenBy(status: number, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string | undefined {
  if (status >= 500) return `HTTP ${status}`;
  if (errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  return undefined;
}

describe('fuzzing every root field', () => {
  it(`answers ${RUNS_PER_FIELD} random and mutated operations per query and mutation without a 5xx or INTERNAL_SERVER_ERROR`, async () => {
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    expect(roots.length).toBeGreaterThan(60);
    const failures: string[] = [];
    let sent = 0;
    const fuzz = async ([kind, field]: (typeof roots)[number]) => {
      const allowed = clients.map((_, i) => i).filter((i) => i > 0 && mayCall(specs[i - 1]!.role, kind, field.name));
      const caller = allowed.length ? fc.oneof(fc.constantFrom(...allowed), fc.nat({ max: clients.length - 1 })) : fc.nat({ max: clients.length - 1 });
      const property = fc.asyncProperty(caller, operations(kind, field), async (who, op) => {
        // A generated operation (fast-check's), inline.
        const res = await clients[who]!.request<unknown, Record<string, unknown>>(op.query, op.variables);
        sent += 1;
        const broken = brokenBy(res.status, res.errors);
        expect(broken, `${broken} for ${JSON.stringify({ who: clients[who]!.token ? who : 'anonymous', ...op }).slice(0, 2000)}`).toBeUndefined();
      });
      const result = await fc.check(property, { numRuns: RUNS_PER_FIELD, endOnFailure: true });
      if (result.failed) failures.push(`${field.name}: ${String(result.errorInstance).slice(0, 2500)}`);
    };
    // A few fields at a time: requests overlap as an integrator's would, within the test's bound.
    for (let i = 0; i < roots.length; i += PARALLEL) await Promise.all(roots.slice(i, i + PARALLEL).map(fuzz));
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(roots.length * RUNS_PER_FIELD);
  }, 600_000);

  it('still answers afterwards', async () => {
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    const res = await hub.anonymous.request(ProvinceCodesDocument);
    expect(res.status).toBe(200);
    expect(res.data?.provinces).toHaveLength(28);
    const sar = await hub.as({ role: 'SAR' });
    expect((await sar.request(MeRoleDocument)).data).toEqual({ me: { role: 'SAR' } });
  });
});
