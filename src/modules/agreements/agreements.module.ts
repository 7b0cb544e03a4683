import { DataClass, measureList, measureRows, planList, planRows } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { AgreementMember } from './agreement-member.entity.js';
import { Agreement } from './agreement.entity.js';
import { agreementJsonTypes } from './agreement.json.js';
import { AgreementMemberResolver, AgreementResolver, IntegrationPlanResolver, MayorDutyItemResolver, MeasureResolver } from './agreement.resolver.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import { Measure } from './measure.entity.js';

const { STRUCTURE, IDENTITY, AGREEMENT_TERM, TERMINATION, AGREEMENT, PLAN, CHILD, CHILD_EDUCATION, PSEUDONYM } = DataClass;

/** The integration agreement, its plans and measures, the mayor's duties (Art. 3–12, 14, 21–32). */
export const agreementsModule: HubModule = {
  entities: [Agreement, AgreementMember, IntegrationPlan, Measure, MayorDutyItem],
  resolvers: [AgreementResolver, AgreementMemberResolver, IntegrationPlanResolver, MeasureResolver, MayorDutyItemResolver],
  rowScopes: { Agreement: scopes.agreement, IntegrationPlan: scopes.integrationPlan, Measure: scopes.measure },
  // With its plan, a measure: its class depends on the plan's kind.
  nodes: [Agreement, IntegrationPlan, { entity: Measure, populate: ['plan'] }],
  jsonTypes: agreementJsonTypes,
  policy: {
    query: { agreement: AGREEMENT_TERM, agreements: AGREEMENT_TERM, integrationPlans: planList, measures: measureList },
    types: {
      Agreement: {
        '*': AGREEMENT,
        id: AGREEMENT_TERM,
        municipality: AGREEMENT_TERM,
        status: AGREEMENT_TERM,
        signedOn: AGREEMENT_TERM,
        endsOn: AGREEMENT_TERM,
        version: AGREEMENT_TERM,
        terminatedOn: TERMINATION,
        terminationGround: TERMINATION,
        terminationArticle: TERMINATION,
        holder: IDENTITY,
        plans: planList,
      },
      AgreementMember: { '*': AGREEMENT, beneficiary: IDENTITY },
      MayorDutyItem: { '*': AGREEMENT },
      IntegrationPlan: {
        '*': planRows,
        // Whoever reaches the row in scope (RZI: to add health measures to it).
        id: STRUCTURE,
        beneficiary: IDENTITY,
        measures: measureList,
        educationalNeeds: CHILD_EDUCATION,
        healthNeeds: CHILD,
        physicalNeeds: CHILD,
        culturalNeeds: CHILD,
        religiousNeeds: CHILD,
        linguisticNeeds: CHILD,
        ethnicNeeds: CHILD,
        childOpinion: CHILD,
      },
      Measure: { '*': measureRows, plan: planList, participant: PSEUDONYM },
    },
    mutations: {
      concludeAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      signAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      extendAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      terminateAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      transferAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      recordMayorDuty: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
      // The class is the new row's (measureClass); the service checks it with mayWriteMeasure.
      addMeasure: { dataClass: PLAN, roles: ['MUNICIPALITY', 'RZI', 'DAZD', 'ASP', 'AZ', 'MON'] },
      recordMeasureResult: { dataClass: PLAN, roles: ['MUNICIPALITY', 'RZI', 'DAZD', 'ASP', 'AZ', 'MON'] },
      recordChildAssessment: { dataClass: CHILD, roles: ['MUNICIPALITY', 'DAZD', 'ASP'] },
    },
  },
};
