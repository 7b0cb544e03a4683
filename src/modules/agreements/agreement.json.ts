import { partiesInScope } from '../scopes.js';
import type { JsonType, Row, RowOf } from '../../read/types.js';
import { sqlCase } from '../../read/json-text.js';
import { beneficiaryRelation } from '../beneficiaries/beneficiary.json.js';
import { municipalityOf } from '../../domain/reference-data.js';
import { AgreementMember } from './agreement-member.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementStatus, TERMINATION_ARTICLE, terminationArticleOf } from '../../domain/agreements.js';
import { effectiveStatus, participantOf, statusCondition } from './agreement.derived.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { Measure } from './measure.entity.js';

// The agreement's read path as JSON (read/json-read.ts). Types read their entities' row scopes, and
// relations the orders, of the loaders they stand in for (agreement.loaders.ts), so either path gives
// the same rows. An agreement's parties (its holder, its members' people) are in scope where
// partiesInScope (modules/scopes.ts) says so; members themselves have no scope of their own: they are read under their agreement.
export const agreementJsonTypes = {
  Agreement: {
    entity: Agreement,
    derived: { status: ['status', 'endsOn'], terminationArticle: ['terminationGround'], transferredTo: ['status'] },
    values: { status: (agreement: Row<Agreement>) => effectiveStatus(agreement), terminationArticle: terminationArticleOf, municipality: municipalityOf },
    text: {
      // effectiveStatus in SQL, from the same condition the status filter uses.
      status: ({ column, condition }) =>
        `case when ${condition(statusCondition(AgreementStatus.COMPLETED))} then '${AgreementStatus.COMPLETED}' else ${column('status')} end`,
      terminationArticle: ({ column }) => sqlCase(column('terminationGround'), TERMINATION_ARTICLE),
      // The reference data's row (municipalityOf) is the table's: the seed writes it at every start.
      municipality: { type: 'Municipality', property: 'municipality' },
    },
    relations: {
      holder: beneficiaryRelation('holder', partiesInScope),
      members: {
        type: 'AgreementMember',
        inverse: 'agreement',
        orderBy: [
          ['role', 'asc'],
          ['joinedOn', 'asc'],
          ['id', 'asc'],
        ],
      },
      plans: {
        type: 'IntegrationPlan',
        inverse: 'agreement',
        orderBy: [
          ['kind', 'asc'],
          ['createdAt', 'asc'],
          ['id', 'asc'],
        ],
      },
    },
  },
  AgreementMember: { entity: AgreementMember, relations: { beneficiary: beneficiaryRelation('beneficiary', partiesInScope) } },
  // kind on every row: a plan's class depends on it (policy.planRows).
  IntegrationPlan: {
    entity: IntegrationPlan,
    always: ['kind'],
    relations: {
      beneficiary: beneficiaryRelation('beneficiary'),
      measures: {
        type: 'Measure',
        inverse: 'plan',
        orderBy: [
          ['createdAt', 'asc'],
          ['id', 'asc'],
        ],
      },
    },
  },
  // A measure's class depends on its area and its plan's kind (policy.measureRows); `participant`
  // reads the plan's beneficiary.
  Measure: {
    entity: Measure,
    always: ['area'],
    values: { participant: participantOf },
    references: { plan: ['id', 'kind', 'beneficiary'] as const },
    relations: { responsibleInstitution: { type: 'Institution', property: 'responsibleInstitution' } },
  },
} satisfies Record<string, JsonType>;

/** Their rows, as their field resolvers get them: an entity or the statement's JSON (read/types.ts, `Row`). */
export type AgreementRow = RowOf<typeof agreementJsonTypes.Agreement>;
export type AgreementMemberRow = RowOf<typeof agreementJsonTypes.AgreementMember>;
export type IntegrationPlanRow = RowOf<typeof agreementJsonTypes.IntegrationPlan>;
export type MeasureRow = RowOf<typeof agreementJsonTypes.Measure>;
