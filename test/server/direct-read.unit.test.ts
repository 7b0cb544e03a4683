import { parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { answeredDirectly, directField } from '../../src/server/direct-read.js';
import { buildHubSchema } from '../../src/server/schema.js';

// The direct read path's planner (docs/read-paths.md, "Answering directly"), without a hub: which
// operations it answers from the statement's rows and which it leaves to graphql-js. That the answers
// are the same either way is test/access/read-path-equality.test.ts's part.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema();
});
const direct = (query: string) => answeredDirectly(schema, parse(query));
const type = (name: string) => schema.getType(name) as GraphQLObjectType;

describe('the direct read path’s planner', () => {
  it('answers a root read whose every field the rows answer: properties, relations read in the statement, values, __typename, fragments, aliases', () => {
    expect(
      direct(
        '{ agreements(first: 5) { totalCount pageInfo { endCursor } edges { cursor node { __typename id status municipality { code nameBg } holder { lnch } plans { kind measures { area participant } } } } } }',
      ),
    ).toBe(true);
    expect(
      direct(
        'query One($id: ID!) { a: agreement(id: $id) { ...F s: status } } fragment F on Agreement { id terminationArticle members { beneficiary { id } } }',
      ),
    ).toBe(true);
    expect(direct('{ measures(first: 3) { edges { node { id area responsibleInstitution { code } } } } }')).toBe(true);
  });

  it('leaves to graphql-js a field with a loader, anywhere in the selection', () => {
    for (const field of [
      'duties { item }',
      'transferredTo { id }',
      'transferredFrom { id }',
      'holder { family { relation } }',
      'plans { measures { plan { id } } }',
      'municipality { province { code } }',
    ]) {
      expect(direct(`{ agreements(first: 1) { edges { node { id ${field} } } } }`), field).toBe(false);
    }
  });

  it('leaves to graphql-js two root fields, a root that is not a JSON read, a mutation and a directive', () => {
    expect(direct('{ agreements(first: 1) { totalCount } provinces { code } }')).toBe(false);
    expect(direct('{ provinces { code } }')).toBe(false);
    expect(direct('{ node(id: "x") { id } }')).toBe(false);
    expect(direct('mutation { signAgreement(input: { agreementId: "x", version: 1 }) { id } }')).toBe(false);
    expect(direct('query($i: Boolean!) { agreements(first: 1) { edges { node { id status @include(if: $i) } } } }')).toBe(false);
  });

  it('admits a field with a resolver of its own only as a relation read in the statement or a value of its JSON type', () => {
    const admits = directField(schema);
    const answered = (typeName: string, fields: string[]) => fields.filter((f) => admits(type(typeName), f));
    expect(
      answered('Agreement', ['id', 'status', 'terminationArticle', 'municipality', 'holder', 'members', 'plans', 'duties', 'transferredTo', 'transferredFrom']),
    ).toEqual(['id', 'status', 'terminationArticle', 'municipality', 'holder', 'members', 'plans']);
    expect(answered('Measure', ['id', 'area', 'participant', 'responsibleInstitution', 'plan'])).toEqual([
      'id',
      'area',
      'participant',
      'responsibleInstitution',
    ]);
    expect(answered('Beneficiary', ['id', 'lnch', 'family'])).toEqual(['id', 'lnch']);
    expect(answered('Municipality', ['code', 'nameBg', 'province'])).toEqual(['code', 'nameBg']);
  });
});
