import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { Beneficiary } from './beneficiary.entity.js';
import { beneficiaryJsonTypes } from './beneficiary.json.js';
import { BeneficiaryResolver } from './beneficiary.resolver.js';
import { FamilyLink } from './family-link.entity.js';

const { IDENTITY, PROFILE } = DataClass;

/** SAR's records of the people granted protection, and their families. */
export const beneficiariesModule: HubModule = {
  entities: [Beneficiary, FamilyLink],
  resolvers: [BeneficiaryResolver],
  rowScopes: { Beneficiary: scopes.beneficiary },
  nodes: [Beneficiary],
  jsonTypes: beneficiaryJsonTypes,
  policy: {
    query: { beneficiary: IDENTITY, beneficiaries: IDENTITY },
    types: {
      Beneficiary: {
        '*': IDENTITY,
        educationLevel: PROFILE,
        professionalExperience: PROFILE,
        qualifications: PROFILE,
        languages: PROFILE,
        familyStatus: PROFILE,
        integrationProfile: PROFILE,
        family: PROFILE,
      },
      FamilyMember: { '*': PROFILE },
    },
    mutations: {
      registerBeneficiary: { dataClass: IDENTITY, roles: ['SAR'] },
      recordProtectionDecision: { dataClass: IDENTITY, roles: ['SAR'] },
      updateBeneficiaryProfile: { dataClass: PROFILE, roles: ['SAR', 'MUNICIPALITY'] },
      linkFamilyMembers: { dataClass: PROFILE, roles: ['SAR'] },
    },
  },
};
