import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { SecurityAssessment } from './security-assessment.entity.js';
import { SecurityAssessmentResolver } from './security.resolver.js';

/** DANS's security assessments (Art. 2, 26). */
export const securityModule: HubModule = {
  entities: [SecurityAssessment],
  resolvers: [SecurityAssessmentResolver],
  rowScopes: { SecurityAssessment: scopes.securityAssessment },
  nodes: [SecurityAssessment],
  policy: {
    query: { securityAssessments: DataClass.SECURITY },
    types: { SecurityAssessment: { '*': DataClass.SECURITY, beneficiary: DataClass.IDENTITY } },
    mutations: { recordSecurityAssessment: { dataClass: DataClass.SECURITY, roles: ['DANS'] } },
  },
};
