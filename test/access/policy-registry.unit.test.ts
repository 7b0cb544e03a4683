import { describe, expect, it } from 'vitest';
import { classOf, DataClass, declaredPolicy, mayPerform, registerPolicy } from '../../src/access/policy.js';

// The policy's declarations come from the modules' descriptors, registered at load by src/modules/index.ts,
// which this file does not import: until something registers them, reading the policy fails loudly
// rather than answering from an empty policy. The steps run in order, in one test: registration is once.
describe('the policy registry', () => {
  it('refuses to be read before registration, reads what was registered after it, and is registered once', () => {
    const unregistered = /The access policy was read before it was registered/;
    expect(() => classOf('Query', 'me')).toThrow(unregistered);
    expect(() => mayPerform('SAR', 'registerBeneficiary')).toThrow(unregistered);
    expect(() => declaredPolicy()).toThrow(unregistered);

    const declarations = {
      fieldClasses: { Query: { me: DataClass.SESSION }, Beneficiary: { '*': DataClass.IDENTITY, languages: DataClass.PROFILE } },
      mutations: { registerBeneficiary: { dataClass: DataClass.IDENTITY, roles: ['SAR'] as const } },
    };
    registerPolicy(declarations);
    expect(classOf('Query', 'me')).toBe(DataClass.SESSION);
    expect(classOf('Beneficiary', 'languages')).toBe(DataClass.PROFILE);
    expect(classOf('Beneficiary', 'givenName')).toBe(DataClass.IDENTITY);
    expect(classOf('Mutation', 'registerBeneficiary')).toBe(DataClass.IDENTITY);
    // Deny by default still: what no module declares has no class, and no role performs it.
    expect(classOf('Query', 'beneficiaries')).toBeUndefined();
    expect(classOf('Agreement', 'status')).toBeUndefined();
    expect(mayPerform('SAR', 'registerBeneficiary')).toBe(true);
    expect(mayPerform('MUNICIPALITY', 'registerBeneficiary')).toBe(false);
    expect(mayPerform('SAR', 'concludeAgreement')).toBe(false);
    // The tables are the registered ones, frozen: no one widens the policy by writing to them.
    const { fieldClasses, mutations } = declaredPolicy();
    expect(Object.keys(mutations)).toEqual(['registerBeneficiary']);
    expect(fieldClasses).toEqual(declarations.fieldClasses);
    expect(() => {
      (mutations as Record<string, unknown>).concludeAgreement = { dataClass: DataClass.AGREEMENT, roles: ['SAR'] };
    }).toThrow(TypeError);
    expect(() => {
      (fieldClasses.Beneficiary as Record<string, unknown>).languages = DataClass.IDENTITY;
    }).toThrow(TypeError);
    expect(() => {
      (mutations.registerBeneficiary!.roles as string[]).push('MUNICIPALITY');
    }).toThrow(TypeError);

    expect(() => registerPolicy(declarations)).toThrow(/already registered/);
  });
});
