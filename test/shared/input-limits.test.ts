import { randomUUID } from 'node:crypto';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { classOf, mayPerform, mayRead, mayReadAny, type ByRow } from '../../src/access/policy.js';
import type { Role } from '../../src/domain/institutions.js';
import { buildHubSchema } from '../../src/server/schema.js';
import { inputPositions, type InputPosition } from '../../src/shared/input.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { ONE_PER_ROLE, type PrincipalSpec } from '../support/principals.js';

// Every argument and input field, whatever module declares it, documents its limit in the schema
// and the hub refuses exactly what goes past it, naming the argument.
const hub = useTestHub();
let schema: GraphQLSchema;
let positions: InputPosition[];

beforeAll(async () => {
  schema = await buildHubSchema();
  positions = inputPositions(schema);
});

const named = (type: GraphQLInputType) => getNamedType(type).name;
const unwrap = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);
const isList = (type: GraphQLInputType) => isListType(unwrap(type));
const leafOf = (type: GraphQLInputType) => {
  const inner = unwrap(type);
  return isListType(inner) ? unwrap(inner.ofType) : inner;
};

describe('the schema states every limit', () => {
  it('finds the input positions of every root field with arguments', () => {
    expect(positions.length).toBeGreaterThan(150);
    expect(positions.map((p) => p.coordinate)).toContain('Mutation.registerBeneficiary(input.qualifications)');
  });

  it('text: a maximum length, stated in the description', () => {
    const text = positions.filter((p) => named(p.type) === 'String');
    const unstated = text.filter((p) => {
      const rule = isList(p.type) ? p.rule?.item : p.rule;
      return !rule?.maxLength || !p.description?.includes(`${isList(p.type) ? 'each at most' : 'At most'} ${rule.maxLength} characters`);
    });
    expect(unstated.map((p) => p.coordinate)).toEqual([]);
  });

  it('ids: stated as UUIDs', () => {
    const ids = positions.filter((p) => named(p.type) === 'ID' && !isList(p.type));
    expect(ids.filter((p) => !p.description?.includes('A UUID.')).map((p) => p.coordinate)).toEqual([]);
  });

  it('numbers: a range, stated in the description', () => {
    const numbers = positions.filter((p) => ['Int', 'Float'].includes(named(p.type)));
    const unstated = numbers.filter(
      (p) => p.rule?.min === undefined || p.rule.max === undefined || !p.description?.includes(`From ${p.rule.min} to ${p.rule.max}.`),
    );
    expect(unstated.map((p) => p.coordinate)).toEqual([]);
  });

  it('lists: a maximum size, stated in the description', () => {
    const lists = positions.filter((p) => isList(p.type));
    expect(lists.filter((p) => !p.rule?.maxItems || !p.description?.includes(`At most ${p.rule.maxItems} items`)).map((p) => p.coordinate)).toEqual([]);
  });

  it('dates and instants: the years 1900–2100', () => {
    expect(schema.getType('Date')!.description).toContain('1900–2100');
    const instants = positions.filter((p) => named(p.type) === 'DateTimeISO');
    expect(instants.filter((p) => !p.description?.includes('1900–2100')).map((p) => p.coordinate)).toEqual([]);
  });
});

// A principal the policy lets through to the field, so that the request reaches the input check.
function principalFor(p: InputPosition): PrincipalSpec {
  const allowed = (role: Role) => {
    if (p.rootType === 'Mutation') return mayPerform(role, p.rootField);
    const c = classOf('Query', p.rootField)!;
    return typeof c === 'string' ? mayRead(role, c) : 'classes' in c ? mayReadAny(role, c as ByRow) : false;
  };
  const spec = ONE_PER_ROLE.find((c) => allowed(c.role));
  if (!spec) throw new Error(`no candidate principal may call ${p.rootField}`);
  return spec;
}

/** A value of the type that passes every input check (the request may still fail later, in the service). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) {
    return { String: 'x', ID: randomUUID(), Int: 1, Float: 1, Boolean: false, Date: '2026-01-01', DateTimeISO: '2026-01-01T00:00:00Z', JSONObject: {} }[
      type.name
    ];
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The request for a position: its root field with sample arguments, the position set to `value`. */
function requestFor(p: InputPosition, value: unknown) {
  const field = (p.rootType === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[p.rootField]!;
  const variables: Record<string, unknown> = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)]));
  const [arg, ...fields] = p.path.split('.');
  if (fields.length === 0) variables[arg!] = value;
  else {
    variables[arg!] ??= sample(unwrap(field.args.find((a) => a.name === arg)!.type));
    let target = variables[arg!] as Record<string, unknown>;
    const argType = getNamedType(field.args.find((a) => a.name === arg)!.type);
    let type = argType;
    for (const name of fields.slice(0, -1)) {
      type = getNamedType(
        (type as Extract<typeof type, { getFields: unknown }> & { getFields(): Record<string, { type: GraphQLInputType }> }).getFields()[name]!.type,
      );
      target[name] ??= sample(unwrap(type as GraphQLInputType));
      target = target[name] as Record<string, unknown>;
    }
    target[fields.at(-1)!] = value;
  }
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const hasSelection = !isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type));
  const query = `${p.rootType === 'Query' ? 'query' : 'mutation'}(${declared}) { ${p.rootField}(${passed})${hasSelection ? ' { __typename }' : ''} }`;
  return { query, variables };
}

async function send(p: InputPosition, value: unknown) {
  const client = await hub().as(principalFor(p));
  // Built for the position from the schema (every input position of it): inline.
  const { query, variables } = requestFor(p, value);
  return client.request<unknown, Record<string, unknown>>(query, variables);
}

/** Refused by the input check: BAD_USER_INPUT, the message opening with the position's path. */
async function expectRefusedAt(p: InputPosition, value: unknown, path = p.path) {
  const res = await send(p, value);
  const error = res.errors?.[0];
  expect({ at: p.coordinate, code: error?.extensions?.code, status: res.status < 500 }).toEqual({ at: p.coordinate, code: 'BAD_USER_INPUT', status: true });
  expect(error!.message, p.coordinate).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `));
  return error!.message;
}

describe('the hub enforces each stated limit, naming the argument', () => {
  const text = () => positions.filter((p) => named(p.type) === 'String');

  it('text one character past its maximum', async () => {
    for (const p of text()) {
      const rule = isList(p.type) ? p.rule!.item! : p.rule!;
      const long = 'x'.repeat(rule.maxLength! + 1);
      if (isList(p.type)) await expectRefusedAt(p, [long], `${p.path}[0]`);
      else expect(await expectRefusedAt(p, long)).toContain(`at most ${rule.maxLength} characters`);
    }
  });

  it('text at its maximum is not refused for its length (characters are code points)', async () => {
    for (const p of text().filter((q) => !isList(q.type))) {
      // An astral character is two UTF-16 units and one character.
      const res = await send(p, '😀'.repeat(p.rule!.maxLength!));
      expect(res.status, p.coordinate).toBeLessThan(500);
      expect(GraphQLClient.codes(res), p.coordinate).not.toContain('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0]?.message ?? '', p.coordinate).not.toMatch(/must be at most/);
    }
  });

  it('NUL and other control characters in any text', async () => {
    for (const p of text()) {
      if (isList(p.type)) await expectRefusedAt(p, ['a\u0000'], `${p.path}[0]`);
      else expect(await expectRefusedAt(p, 'a\u0000b')).toContain('control character');
      if (!isList(p.type) && !p.rule!.multiline) await expectRefusedAt(p, 'two\nlines');
    }
  });

  it('a list one item past its maximum', async () => {
    for (const p of positions.filter((q) => isList(q.type))) {
      const item = sample(leafOf(p.type));
      expect(
        await expectRefusedAt(
          p,
          Array.from({ length: p.rule!.maxItems! + 1 }, () => item),
        ),
      ).toContain(`at most ${p.rule!.maxItems} items`);
    }
  });

  it('a number just outside its range', async () => {
    const INT_MAX = 2 ** 31 - 1;
    for (const p of positions.filter((q) => named(q.type) === 'Int')) {
      await expectRefusedAt(p, p.rule!.min! - 1);
      // Past GraphQL's own Int, graphql-js refuses it first, naming the position its own way.
      if (p.rule!.max! < INT_MAX) await expectRefusedAt(p, p.rule!.max! + 1);
      else
        expect((await send(p, INT_MAX + 1)).errors?.[0]).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
          message: expect.stringContaining(`"${p.path}"`),
        });
    }
  });

  it('an id that is not a UUID', async () => {
    for (const p of positions.filter((q) => named(q.type) === 'ID' && !isList(q.type))) {
      expect(await expectRefusedAt(p, 'not-a-uuid')).toContain('UUID');
    }
  });
});
