import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { AgreementMember } from './agreement-member.entity.js';
import { Agreement } from './agreement.entity.js';
import { agreementJsonTypes } from './agreement.json.js';
import { AgreementMemberResolver, AgreementResolver, IntegrationPlanResolver, MayorDutyItemResolver, MeasureResolver } from './agreement.resolver.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import { Measure } from './measure.entity.js';

/** The integration agreement, its plans and measures, the mayor's duties (Art. 3–12, 14, 21–32). */
export const agreementsModule: HubModule = {
  entities: [Agreement, AgreementMember, IntegrationPlan, Measure, MayorDutyItem],
  resolvers: [AgreementResolver, AgreementMemberResolver, IntegrationPlanResolver, MeasureResolver, MayorDutyItemResolver],
  rowScopes: { Agreement: scopes.agreement, IntegrationPlan: scopes.integrationPlan, Measure: scopes.measure },
  // With its plan, a measure: its class depends on the plan's kind.
  nodes: [Agreement, IntegrationPlan, { entity: Measure, populate: ['plan'] }],
  jsonTypes: agreementJsonTypes,
};
