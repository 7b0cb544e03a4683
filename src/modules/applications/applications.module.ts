import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { AgreementApplication } from './agreement-application.entity.js';
import { AgreementApplicationResolver, MunicipalityApplicationResolver } from './application.resolver.js';
import { MunicipalityApplication } from './municipality-application.entity.js';

const { APPLICATION, REGISTER } = DataClass;

/** Applications: a foreigner's for an agreement, a municipality's for SAR's register (Art. 13, 20). */
export const applicationsModule: HubModule = {
  entities: [AgreementApplication, MunicipalityApplication],
  resolvers: [AgreementApplicationResolver, MunicipalityApplicationResolver],
  rowScopes: { AgreementApplication: scopes.agreementApplication, MunicipalityApplication: scopes.municipalityApplication },
  nodes: [AgreementApplication, MunicipalityApplication],
  policy: {
    query: { agreementApplications: APPLICATION, municipalityRegister: REGISTER },
    types: { AgreementApplication: { '*': APPLICATION }, MunicipalityApplication: { '*': REGISTER } },
    mutations: {
      applyForAgreement: { dataClass: APPLICATION, roles: ['SAR'] },
      forwardApplication: { dataClass: APPLICATION, roles: ['SAR'] },
      applyToConcludeAgreements: { dataClass: REGISTER, roles: ['MUNICIPALITY'] },
      registerMunicipality: { dataClass: REGISTER, roles: ['SAR'] },
    },
  },
};
