import { getNamedType, graphql, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { policyCoverage } from '../../src/access/coverage.js';
import { classOf, DataClass, declaredPolicy, mayPerform, mayRead, mayReadAny, readMatrix, rowLimits, type FieldClass } from '../../src/access/policy.js';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import { protect } from '../../src/access/shield.js';
import { buildBareSchema } from '../../src/server/schema.js';

// A field the policy has never heard of, to prove that such a field is refused: at the root (shield's
// rules) and on an object type (the field guard).
@ObjectType()
class UnlistedProbe {
  @Field(() => String, { nullable: true }) secret!: string;
}

@Resolver()
class UnlistedProbeResolver {
  @Query(() => String)
  unlistedProbe(): string {
    return 'this must never be returned';
  }

  @Query(() => UnlistedProbe)
  unlistedObjectProbe(): UnlistedProbe {
    return { secret: 'this must never be returned' };
  }
}

describe('the access policy covers the schema', () => {
  it('gives every field of every object type a data class, and names nothing the schema lacks', async () => {
    const coverage = policyCoverage(await buildBareSchema());
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.stale).toEqual([]);
    // The reviewed snapshot: a change here is a permission change and shows in review.
    expect({ fields: coverage.classes, readMatrix, mutations: declaredPolicy().mutations }).toMatchSnapshot();
  });

  it('reports a field with no class as uncovered', async () => {
    const schema = await buildBareSchema([UnlistedProbeResolver]);
    expect(policyCoverage(schema).uncovered).toEqual(['Query.unlistedObjectProbe', 'Query.unlistedProbe', 'UnlistedProbe.secret']);
  });

  it('refuses a field with no rule (deny by default) with FORBIDDEN naming the field', async () => {
    const bare = await buildBareSchema([UnlistedProbeResolver]);
    const schema = protect(bare);
    const principal = { role: 'ADMIN', unit: null, subject: 'a', institutionCode: 'ADMIN', purpose: null };
    const result = await graphql({ schema, source: '{ unlistedProbe }', contextValue: { principal } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe('Access denied to Query.unlistedProbe.');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.unlistedProbe' });
  });

  it('refuses a field of an object type with no rule (deny by default)', async () => {
    const bare = await buildBareSchema([UnlistedProbeResolver]);
    const schema = protect(bare);
    // The root field is refused too; the object's field is asked directly, as if the root had let it through.
    const principal = { role: 'ADMIN', unit: null, subject: 'a', institutionCode: 'ADMIN', purpose: null };
    const guarded = (schema.getType('UnlistedProbe') as GraphQLObjectType).getFields().secret!;
    const info = {
      parentType: schema.getType('UnlistedProbe'),
      fieldName: 'secret',
      fieldNodes: [],
      path: { prev: undefined, key: 'secret', typename: 'UnlistedProbe' },
    } as never;
    const value = guarded.resolve!({ secret: 'this must never be returned' }, {}, { principal } as never, info);
    expect(value).toBeInstanceOf(Error);
    expect((value as Error).message).toBe('Access denied to UnlistedProbe.secret.');
  });
});

describe('refusals stay on their field', () => {
  // A refused non-null field nulls its parent (GraphQL's null propagation): one refusal would take
  // the whole object, or the whole page, with it. So a field must be nullable if some role that
  // reaches its type may not read it. A role reaches the types of the fields it may read, from
  // Query and its mutations (node(id) only finds rows the typed lookups find); rows of a ByRow type
  // come scoped to the classes the role reads, so a ByRow field counts as readable.
  it('makes nullable every field that a role reaching its type may be refused', async () => {
    const schema = await buildBareSchema();
    const canRead = (role: Role, typeName: string, field: string) => {
      if (typeName === 'Mutation') return mayPerform(role, field);
      const fieldClass: FieldClass = classOf(typeName, field)!;
      if (typeof fieldClass === 'string') return mayRead(role, fieldClass) && !rowLimits[role]?.[fieldClass];
      // A part of a child's case: only a role that sees every area of every case it reaches reads it always.
      if ('caseArea' in fieldClass) return mayRead(role, DataClass.UASC) && role === 'DAZD';
      return mayReadAny(role, fieldClass);
    };
    const problems: string[] = [];
    for (const role of ROLES) {
      const reached = new Set<string>();
      const visit = (typeName: string) => {
        const type = schema.getType(typeName);
        if (!isObjectType(type) || reached.has(typeName)) return;
        reached.add(typeName);
        for (const [name, field] of Object.entries(type.getFields())) {
          if (typeName === 'Query' && name === 'node') continue;
          if (canRead(role, typeName, name) || (typeName === 'Mutation' && mayPerform(role, name))) visit(getNamedType(field.type).name);
        }
      };
      visit('Query');
      visit('Mutation');
      for (const typeName of reached) {
        if (typeName === 'Query' || typeName === 'Mutation') continue;
        for (const [name, field] of Object.entries((schema.getType(typeName) as GraphQLObjectType).getFields())) {
          if (isNonNullType(field.type) && !canRead(role, typeName, name)) problems.push(`${typeName}.${name} (${role})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
