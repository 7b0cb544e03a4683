import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { Beneficiary } from './beneficiary.entity.js';
import { beneficiaryJsonTypes } from './beneficiary.json.js';
import { BeneficiaryResolver } from './beneficiary.resolver.js';
import { FamilyLink } from './family-link.entity.js';

/** SAR's records of the people granted protection, and their families. */
export const beneficiariesModule: HubModule = {
  entities: [Beneficiary, FamilyLink],
  resolvers: [BeneficiaryResolver],
  rowScopes: { Beneficiary: scopes.beneficiary },
  nodes: [Beneficiary],
  jsonTypes: beneficiaryJsonTypes,
};
