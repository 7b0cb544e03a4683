import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes } from '../../access/scopes.js';
import { dayOf, compareDates, parseDate } from '../../shared/dates.js';
import { notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { check, optionalText, text } from '../../shared/validate.js';
import { Institution } from '../reference/institution.entity.js';
import { MeasureStatus, PlanKind } from './agreement.enums.js';
import { assertInForce } from './agreement.service.js';
import type { AddMeasureInput, RecordChildAssessmentInput, RecordMeasureResultInput } from './agreement.types.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { Measure } from './measure.entity.js';

async function planInScope(em: EntityManager, principal: Principal, id: string, field: string): Promise<IntegrationPlan> {
  const plan = await em.findOne(IntegrationPlan, { id: parseId(id, field), agreement: scopes.agreement(principal) }, { populate: ['agreement'] });
  if (!plan) throw notFound('integration plan', id, field);
  return plan;
}

/** Plans change only while their agreement is in force. */
const assertPlanOpen = (plan: IntegrationPlan): void => assertInForce(plan.agreement, 'changed in its plans');

export const planService = {
  /** Art. 4(3): concrete measures by area, with a responsible institution and funding (Art. 33). */
  async addMeasure(em: EntityManager, principal: Principal, input: AddMeasureInput): Promise<Measure> {
    const plan = await planInScope(em, principal, input.planId, 'planId');
    assertPlanOpen(plan);
    const institution = await em.findOne(Institution, { code: input.responsibleInstitutionCode });
    check(institution, 'responsibleInstitutionCode', `'${input.responsibleInstitutionCode}' is not an institution code (see institutions)`);
    if (input.dueOn) {
      parseDate(input.dueOn, 'dueOn');
      const { signedOn, endsOn } = plan.agreement;
      check(compareDates(input.dueOn, signedOn) >= 0 && compareDates(input.dueOn, endsOn) <= 0, 'dueOn', `must fall within the agreement's term, ${signedOn} to ${endsOn}`);
    }
    const measure = em.create(Measure, {
      plan,
      area: input.area,
      description: text(input.description, 'description', 4000),
      responsibleInstitution: institution,
      dueOn: input.dueOn ?? null,
      fundingSource: input.fundingSource ?? null,
    });
    await em.flush();
    return measure;
  },

  /** Art. 4(3): the plan records the results of its measures. */
  async recordResult(em: EntityManager, principal: Principal, input: RecordMeasureResultInput): Promise<Measure> {
    const measure = await em.findOne(
      Measure,
      { id: parseId(input.measureId, 'measureId'), plan: { agreement: scopes.agreement(principal) } },
      { populate: ['plan.agreement'] },
    );
    if (!measure) throw notFound('measure', input.measureId, 'measureId');
    const result = optionalText(input.result, 'result', 4000);
    const final = input.status === MeasureStatus.DONE || input.status === MeasureStatus.NOT_DONE;
    check(!final || result, 'result', `is required when a measure is ${input.status}`);
    const recordedOn = dayOf(input.recordedOn, 'recordedOn');
    check(compareDates(recordedOn, measure.plan.agreement.signedOn) >= 0, 'recordedOn', 'is before the agreement was signed');
    measure.status = input.status;
    if (result !== undefined) measure.result = result;
    measure.resultRecordedOn = recordedOn;
    await em.flush();
    return measure;
  },

  /** Art. 15: a child's plan holds the needs assessment and the child's own opinion and wishes. */
  async recordChildAssessment(em: EntityManager, principal: Principal, input: RecordChildAssessmentInput): Promise<IntegrationPlan> {
    const plan = await planInScope(em, principal, input.planId, 'planId');
    check(plan.kind === PlanKind.CHILD, 'planId', "is an adult's plan: the Art. 15 assessment belongs to a child's plan");
    assertPlanOpen(plan);
    const { planId: _planId, ...fields } = input;
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (plan as unknown as Record<string, unknown>)[key] = optionalText(value as string, key, 4000);
    }
    await em.flush();
    return plan;
  },
};
