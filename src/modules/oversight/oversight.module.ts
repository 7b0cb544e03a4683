import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { Objection } from './objection.entity.js';
import { OffenceReport } from './offence-report.entity.js';
import { ObjectionResolver, OffenceReportResolver } from './oversight.resolver.js';

/** Offences reported to the mayor (Art. 24(2)) and objections to the governor (Art. 18). */
export const oversightModule: HubModule = {
  entities: [OffenceReport, Objection],
  resolvers: [OffenceReportResolver, ObjectionResolver],
  rowScopes: { OffenceReport: scopes.offenceReport, Objection: scopes.objection },
  nodes: [Objection, OffenceReport],
  policy: {
    query: { offenceReports: DataClass.OFFENCE, objections: DataClass.OBJECTION },
    types: { OffenceReport: { '*': DataClass.OFFENCE, beneficiary: DataClass.IDENTITY }, Objection: { '*': DataClass.OBJECTION } },
    mutations: {
      reportOffence: { dataClass: DataClass.OFFENCE, roles: ['MVR'] },
      fileObjection: { dataClass: DataClass.OBJECTION, roles: ['GOVERNOR'] },
      decideObjection: { dataClass: DataClass.OBJECTION, roles: ['GOVERNOR'] },
    },
  },
};
