import { describe, expect, it } from 'vitest';
import { DataClass, declaredPolicy } from '../../src/access/policy.js';
import { assemblePolicy } from '../../src/modules/index.js';
import type { HubModule } from '../../src/modules/module.js';

// Each module declares the policy of what it defines, in its descriptor; src/modules/index.ts assembles
// the declarations. A type, root field or mutation two modules declare is an error at load, naming both.
const module = (policy: HubModule['policy']): HubModule => ({ entities: [], resolvers: [], policy });

describe("the assembly of the modules' policy declarations", () => {
  it('joins each module’s types, Query and Subscription fields and mutations', () => {
    const assembled = assemblePolicy({
      a: module({ query: { me: DataClass.SESSION }, types: { Principal: { '*': DataClass.SESSION } } }),
      b: module({
        query: { beneficiary: DataClass.IDENTITY },
        subscription: { notificationReceived: DataClass.NOTIFICATION_CONTENT },
        mutations: { registerBeneficiary: { dataClass: DataClass.IDENTITY, roles: ['SAR'] } },
      }),
      c: module(undefined),
    });
    expect(assembled).toEqual({
      fieldClasses: {
        Principal: { '*': DataClass.SESSION },
        Query: { me: DataClass.SESSION, beneficiary: DataClass.IDENTITY },
        Subscription: { notificationReceived: DataClass.NOTIFICATION_CONTENT },
      },
      mutations: { registerBeneficiary: { dataClass: DataClass.IDENTITY, roles: ['SAR'] } },
    });
  });

  it('refuses a type, a Query field, a Subscription field or a mutation that two modules declare, naming both', () => {
    const agreement = { '*': DataClass.AGREEMENT };
    expect(() => assemblePolicy({ agreements: module({ types: { Agreement: agreement } }), other: module({ types: { Agreement: agreement } }) })).toThrow(
      'The access policy of the GraphQL type Agreement is declared by two modules, agreements and other',
    );
    expect(() =>
      assemblePolicy({ beneficiaries: module({ query: { beneficiary: DataClass.IDENTITY } }), other: module({ query: { beneficiary: DataClass.PUBLIC } }) }),
    ).toThrow('The access policy of the Query field beneficiary is declared by two modules, beneficiaries and other');
    expect(() =>
      assemblePolicy({
        a: module({ subscription: { notificationReceived: DataClass.NOTIFICATION } }),
        b: module({ subscription: { notificationReceived: DataClass.NOTIFICATION } }),
      }),
    ).toThrow('The access policy of the Subscription field notificationReceived is declared by two modules, a and b');
    const register = { dataClass: DataClass.IDENTITY, roles: ['SAR'] as const };
    expect(() =>
      assemblePolicy({
        beneficiaries: module({ mutations: { registerBeneficiary: register } }),
        other: module({ mutations: { registerBeneficiary: register } }),
      }),
    ).toThrow('The access policy of the mutation registerBeneficiary is declared by two modules, beneficiaries and other');
  });

  it('refuses a root type declared as a type: its fields belong to the modules that define them', () => {
    expect(() => assemblePolicy({ a: module({ types: { Query: { '*': DataClass.PUBLIC } } }) })).toThrow(
      'The access policy of Query is declared field by field (query, subscription, mutations), not as a type.',
    );
  });

  it("registers the hub's modules at load, each declaration once", () => {
    // The same declarations as the descriptors make: the whole policy (its coverage: policy-coverage.unit.test.ts).
    const { fieldClasses, mutations } = declaredPolicy();
    expect(Object.keys(fieldClasses.Query!)).toContain('node');
    expect(mutations.addMeasure).toEqual({ dataClass: DataClass.PLAN, roles: ['MUNICIPALITY', 'RZI', 'DAZD', 'ASP', 'AZ', 'MON'] });
  });
});
