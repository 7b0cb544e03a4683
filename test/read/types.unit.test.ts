import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkJsonTypes, jsonType } from '../../src/read/types.js';

// Issue 20.4: the JSON read registrations are held to the schema when it is built (server/schema.ts).
// The registry is this file's own (no module registers types here): each test names its own types.
const schema = buildSchema(`
  type Query { plan(id: ID!): Plan }
  type Plan { id: ID! kind: String! status: String! measures: [Measure!]! pagedMeasures(first: Int): [Measure!]! }
  type Measure { id: ID! }
`);
const entity = 'Plan';

describe('checkJsonTypes: a registration names only fields of its type, and reads no relation that takes arguments', () => {
  it('passes registrations that fit: relations without arguments, computed fields of the type', () => {
    jsonType('Plan', { entity, relations: { measures: { type: 'Measure', inverse: 'plan', orderBy: [['id', 'asc']] } }, derived: { status: ['kind'] } });
    jsonType('Measure', { entity: 'Measure' });
    expect(() => checkJsonTypes(schema)).not.toThrow();
  });

  it('refuses a relation that takes arguments: the statement would read every row and ignore them', () => {
    jsonType('Plan', { entity, relations: { pagedMeasures: { type: 'Measure', inverse: 'plan', orderBy: [['id', 'asc']] } } });
    expect(() => checkJsonTypes(schema)).toThrow('Plan.pagedMeasures takes arguments (first), which the JSON statement would not honour');
  });

  it('refuses a field the type does not have, and a type the schema does not have', () => {
    jsonType('Plan', { entity, values: { state: () => 'x' } });
    expect(() => checkJsonTypes(schema)).toThrow('Plan.state is not a field of the schema');
    jsonType('Plan', { entity });
    jsonType('Visit', { entity: 'Visit' });
    expect(() => checkJsonTypes(schema)).toThrow('Visit is not an object type of the schema');
  });
});
