import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  assertReadableFilter,
  DataClass,
  mayReadArea,
  mayReadPlanKind,
  mayWriteMeasure,
  measureClass,
  NAMES_OTHERS_IN_PLANS,
  writeMatrix,
  WRITES_ONLY_WHEN_REFERRED,
} from '../../access/policy.js';
import { ORGANISATION_ID, type Principal } from '../../access/principal.js';
import { acrossScopes } from '../../read/row-scope.js';
import { dayOf, compareDates, parseDate } from '../../shared/dates.js';
import { ForbiddenError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import type { JsonSelection } from '../../read/json-read.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { check, optionalText, text } from '../../shared/validate.js';
import { assertMunicipalityCode } from '../../domain/reference-data.js';
import { Institution } from '../reference/institution.entity.js';
import { MeasureArea, MeasureStatus, PlanKind } from '../../domain/agreements.js';
import { assertInForce } from './agreement.service.js';
import type { AddMeasureInput, IntegrationPlanFilter, MeasureFilter, RecordChildAssessmentInput, RecordMeasureResultInput } from './agreement.types.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { Measure } from './measure.entity.js';
import { SERVICES } from '../../domain/measure-services.js';

/** The plan, if the principal reaches it (its row scope); else NOT_FOUND. */
async function planInScope(em: EntityManager, id: string, field: string): Promise<IntegrationPlan> {
  const plan = await em.findOne(IntegrationPlan, { id: parseId(id, field) }, { populate: ['agreement'] });
  if (!plan) throw notFound('integration plan', id, field);
  return plan;
}

/** docs/policy.md, "Roles" (what each writes): a write of plan data the role may not write, naming what and its class. */
const refusedWrite = (principal: Principal, what: string, dataClass: DataClass, field: string) =>
  new ForbiddenError(`Your role (${principal.role}) may not write ${what} (${dataClass} data).`, {
    messageBg: 'Вашата роля не може да вписва тези данни в плана.',
    details: { field, dataClass },
  });

/** Each institution writes only the measures of its own areas. */
function assertMayWriteMeasure(principal: Principal, kind: PlanKind, area: MeasureArea, field: string): void {
  if (mayWriteMeasure(principal.role, kind, area)) return;
  throw refusedWrite(principal, `${area} measures of ${kind === PlanKind.CHILD ? "a child's plan" : "an adult's plan"}`, measureClass(kind, area), field);
}

/**
 * Writes never widen a view (policy.NAMES_OTHERS_IN_PLANS, WRITES_ONLY_WHEN_REFERRED): outside the
 * municipality's own plan-making, a writer is the measure's responsible institution, assigns no partner,
 * and, for the institutions whose view follows from being responsible, writes only for a person already
 * referred to it. Otherwise AZ could name itself on any adult's plan and so read that person's identity.
 */
async function assertNotWidening(em: EntityManager, principal: Principal, plan: IntegrationPlan, input: AddMeasureInput): Promise<void> {
  if (NAMES_OTHERS_IN_PLANS.includes(principal.role)) return;
  const own = principal.institutionCode;
  if (input.responsibleInstitutionCode !== own) {
    throw new ForbiddenError(
      `Only the municipality's plan names another institution responsible for a measure (Art. 4(2)); name your own institution (${own}).`,
      {
        messageBg: 'Само планът на общината определя друга отговорна институция (чл. 4, ал. 2); посочете своята институция.',
        details: { field: 'responsibleInstitutionCode' },
      },
    );
  }
  if (input.partnerOrganisation) {
    throw new ForbiddenError("Only the municipality's plan assigns a measure to a partner organisation (Art. 4(2)).", {
      messageBg: 'Само планът на общината възлага мярка на партньорска организация (чл. 4, ал. 2).',
      details: { field: 'partnerOrganisation' },
    });
  }
  if (!WRITES_ONLY_WHEN_REFERRED.includes(principal.role)) return;
  // Every measure naming the institution, whatever part of them its scope shows (Art. 22).
  const referred = await em.count(Measure, { responsibleInstitution: own, plan: { beneficiary: plan.beneficiary } }, { filters: acrossScopes });
  if (referred === 0) {
    throw new ForbiddenError(
      `This person has not been referred to your institution (${own}): the municipality's plan must first name it responsible for a measure (Art. 4(2), 21–22).`,
      {
        messageBg: 'Лицето не е насочено към вашата институция: планът на общината първо трябва да я посочи като отговорна за мярка.',
        details: { field: 'planId' },
      },
    );
  }
}

/** What each filter of `measures` and `integrationPlans` reads. */
const MEASURE_FILTERS = { area: mayReadArea, municipalityCode: DataClass.AGREEMENT_TERM } as const;
const PLAN_FILTERS = { kind: mayReadPlanKind, municipalityCode: DataClass.AGREEMENT_TERM } as const;

/** Plans change only while their agreement is in force. */
const assertPlanOpen = (plan: IntegrationPlan): void => assertInForce(plan.agreement, 'changed in its plans');

export const planService = {
  /** Art. 4(3): concrete measures by area, with a responsible institution and funding (Art. 33). */
  async addMeasure(em: EntityManager, principal: Principal, input: AddMeasureInput): Promise<Measure> {
    const plan = await planInScope(em, input.planId, 'planId');
    assertMayWriteMeasure(principal, plan.kind, input.area, 'area');
    assertPlanOpen(plan);
    await assertNotWidening(em, principal, plan, input);
    const partnerOrganisation = input.partnerOrganisation ?? null;
    if (partnerOrganisation) {
      check(ORGANISATION_ID.test(partnerOrganisation), 'partnerOrganisation', "is not an organisation id (lower-case letters, digits, '-')");
      // docs/policy.md, NGO: an NGO reads adults' measures (PLAN) only, never a child's or health data.
      check(measureClass(plan.kind, input.area) === DataClass.PLAN, 'partnerOrganisation', "may be given only for an adult's measure outside health");
    }
    const institution = await em.findOne(Institution, { code: input.responsibleInstitutionCode });
    check(institution, 'responsibleInstitutionCode', `'${input.responsibleInstitutionCode}' is not an institution code (see institutions)`);
    if (input.dueOn) {
      parseDate(input.dueOn, 'dueOn');
      const { signedOn, endsOn } = plan.agreement;
      check(
        compareDates(input.dueOn, signedOn) >= 0 && compareDates(input.dueOn, endsOn) <= 0,
        'dueOn',
        `must fall within the agreement's term, ${signedOn} to ${endsOn}`,
      );
    }
    // Art. 12(3): the kind of service or access, within the measure's area.
    if (input.service)
      check(SERVICES[input.service].area === input.area, 'service', `${input.service} is a service of ${SERVICES[input.service].area}, not of ${input.area}`);
    const measure = em.create(Measure, {
      plan,
      area: input.area,
      service: input.service ?? null,
      description: text(input.description, 'description', 4000),
      responsibleInstitution: institution,
      dueOn: input.dueOn ?? null,
      fundingSource: input.fundingSource ?? null,
      partnerOrganisation,
    });
    await em.flush();
    return measure;
  },

  /** Art. 4(3): the plan records the results of its measures. */
  async recordResult(em: EntityManager, principal: Principal, input: RecordMeasureResultInput): Promise<Measure> {
    const measure = await em.findOne(Measure, { id: parseId(input.measureId, 'measureId') }, { populate: ['plan.agreement'] });
    if (!measure) throw notFound('measure', input.measureId, 'measureId');
    assertMayWriteMeasure(principal, measure.plan.kind, measure.area, 'measureId');
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
    const plan = await planInScope(em, input.planId, 'planId');
    check(plan.kind === PlanKind.CHILD, 'planId', "is an adult's plan: the Art. 15 assessment belongs to a child's plan");
    if (!writeMatrix[principal.role]?.includes(DataClass.CHILD)) throw refusedWrite(principal, "a child's assessment", DataClass.CHILD, 'planId');
    assertPlanOpen(plan);
    const { planId: _planId, ...fields } = input;
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (plan as unknown as Record<string, unknown>)[key] = optionalText(value as string, key, 4000);
    }
    await em.flush();
    return plan;
  },

  /** Plans in the caller's scope, in a stable order (by id). */
  listPlans(em: EntityManager, principal: Principal, filter: IntegrationPlanFilter = {}, page: PageArgs = {}, json?: JsonSelection) {
    assertReadableFilter(principal.role, filter, PLAN_FILTERS);
    const where: FilterQuery<IntegrationPlan>[] = [];
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.municipalityCode) where.push({ agreement: { municipality: assertMunicipalityCode(filter.municipalityCode) } });
    return paginate(em, IntegrationPlan, () => ({ $and: where }), page, { key: 'id', direction: 'asc' }, { json });
  },

  /** Measures in the caller's scope (each role its areas), in a stable order (by id). */
  listMeasures(em: EntityManager, principal: Principal, filter: MeasureFilter = {}, page: PageArgs = {}, json?: JsonSelection) {
    assertReadableFilter(principal.role, filter, MEASURE_FILTERS);
    const where: FilterQuery<Measure>[] = [];
    if (filter.area) where.push({ area: filter.area });
    if (filter.status) where.push({ status: filter.status });
    if (filter.responsibleInstitutionCode) where.push({ responsibleInstitution: filter.responsibleInstitutionCode });
    if (filter.planId) where.push({ plan: parseId(filter.planId, 'filter.planId') });
    if (filter.municipalityCode) where.push({ plan: { agreement: { municipality: assertMunicipalityCode(filter.municipalityCode) } } });
    return paginate(em, Measure, () => ({ $and: where }), page, { key: 'id', direction: 'asc' }, { populate: ['plan'], json });
  },
};
