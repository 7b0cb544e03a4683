import { graphql } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { policyCoverage } from '../../src/access/coverage.js';
import { mutations, readMatrix } from '../../src/access/policy.js';
import { permissionsFor } from '../../src/access/shield.js';
import { resolvers } from '../../src/modules/index.js';
import { buildBareSchema } from '../../src/server/schema.js';

// A field the policy has never heard of, to prove that such a field is refused.
@Resolver()
class UnlistedProbeResolver {
  @Query(() => String)
  unlistedProbe(): string {
    return 'this must never be returned';
  }
}

describe('the access policy covers the schema', () => {
  it('gives every field of every object type a data class, and names nothing the schema lacks', async () => {
    const coverage = policyCoverage(await buildBareSchema());
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.stale).toEqual([]);
    // The reviewed snapshot: a change here is a permission change and shows in review.
    expect({ fields: coverage.classes, readMatrix, mutations }).toMatchSnapshot();
  });

  it('reports a field with no class as uncovered', async () => {
    const schema = await buildSchema({ resolvers: [...resolvers, UnlistedProbeResolver] });
    expect(policyCoverage(schema).uncovered).toEqual(['Query.unlistedProbe']);
  });

  it('refuses a field with no rule (deny by default) with FORBIDDEN naming the field', async () => {
    const bare = await buildSchema({ resolvers: [...resolvers, UnlistedProbeResolver] });
    const schema = applyMiddleware(bare, permissionsFor(bare));
    const principal = { role: 'ADMIN', unit: null, subject: 'a', institutionCode: 'ADMIN', purpose: null };
    const result = await graphql({ schema, source: '{ unlistedProbe }', contextValue: { principal } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe('Access denied to Query.unlistedProbe.');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.unlistedProbe' });
  });
});
