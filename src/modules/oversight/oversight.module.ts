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
};
