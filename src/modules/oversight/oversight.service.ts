import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes, within } from '../scopes.js';
import { acrossScopes } from '../../read/row-scope.js';
import { dayOf, compareDates, parseDate } from '../../shared/dates.js';
import { BadUserInputError, ConflictError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { check, text } from '../../shared/validate.js';
import { Agreement } from '../agreements/agreement.entity.js';
import { AgreementMember } from '../agreements/agreement-member.entity.js';
import { beneficiaryService } from '../beneficiaries/beneficiary.service.js';
import { Objection } from './objection.entity.js';
import { OffenceReport } from './offence-report.entity.js';
import { ObjectionOutcome } from '../../domain/oversight.js';
import type { DecideObjectionInput, FileObjectionInput, ReportOffenceInput } from './oversight.types.js';
import { record } from '../events.js';

export const oversightService = {
  /** Art. 24(2): MVR informs the mayor of the municipality where the beneficiary has their agreement. */
  async reportOffence(em: EntityManager, principal: Principal, input: ReportOffenceInput): Promise<OffenceReport> {
    const beneficiary = await beneficiaryService.get(em, input.beneficiaryId, 'beneficiaryId');
    parseDate(input.committedOn, 'committedOn');
    const reportedOn = dayOf(input.reportedOn, 'reportedOn');
    check(compareDates(input.committedOn, reportedOn) <= 0, 'committedOn', 'is after the day of the report');
    // The latest agreement the person is or was on names the mayor to inform.
    const membership = await em.findOne(
      AgreementMember,
      { beneficiary },
      { populate: ['agreement'], orderBy: { agreement: { signedOn: 'desc' }, joinedOn: 'desc' } },
    );
    if (!membership) {
      throw new BadUserInputError('beneficiaryId: the person has no integration agreement, so there is no mayor to inform (Art. 24(2)).', {
        details: { field: 'beneficiaryId' },
      });
    }
    const report = em.create(OffenceReport, {
      beneficiary,
      municipality: membership.agreement.municipality,
      kind: input.kind,
      description: text(input.description, 'description', 4000),
      committedOn: input.committedOn,
      reportedOn,
      reportedBy: principal.subject,
    });
    await record(em, 'offenceReported', { report });
    await em.flush();
    return report;
  },

  listOffences(em: EntityManager, page: PageArgs = {}) {
    return paginate(em, OffenceReport, () => ({}), page, { key: 'reportedOn', direction: 'desc' });
  },

  /** Art. 18: on partial or complete non-performance of an activity the foreigner may object to the governor. */
  async fileObjection(em: EntityManager, principal: Principal, input: FileObjectionInput): Promise<Objection> {
    // Not the agreement's row scope (those objected to already): any of the province's (Art. 18).
    const agreement = await em.findOne(Agreement, within({ id: parseId(input.agreementId, 'agreementId') }, scopes.governedAgreement(principal)), {
      filters: acrossScopes,
    });
    if (!agreement) throw notFound('agreement in your province', input.agreementId, 'agreementId');
    const member = await em.findOne(AgreementMember, { agreement, beneficiary: parseId(input.filedById, 'filedById') });
    check(member, 'filedById', 'is not a party to this agreement');
    const filedOn = dayOf(input.filedOn, 'filedOn');
    check(compareDates(filedOn, agreement.signedOn) >= 0, 'filedOn', 'is before the agreement was signed');
    const objection = em.create(Objection, {
      agreement,
      filedBy: member.beneficiary,
      filedOn,
      activity: text(input.activity, 'activity', 4000),
    });
    await record(em, 'objectionFiled', { objection, municipalityCode: agreement.municipality.code });
    await em.flush();
    return objection;
  },

  async decideObjection(em: EntityManager, input: DecideObjectionInput): Promise<Objection> {
    const objection = await em.findOne(Objection, { id: parseId(input.objectionId, 'objectionId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!objection) throw notFound('objection', input.objectionId, 'objectionId');
    check(input.outcome !== ObjectionOutcome.PENDING, 'outcome', 'a decision is UPHELD, PARTLY_UPHELD or REJECTED');
    if (objection.outcome !== ObjectionOutcome.PENDING) {
      throw new ConflictError(`The objection was already decided (${objection.outcome}) on ${objection.decidedOn}.`, {
        details: { field: 'objectionId' },
      });
    }
    const decidedOn = dayOf(input.decidedOn, 'decidedOn');
    check(compareDates(decidedOn, objection.filedOn) >= 0, 'decidedOn', 'is before the objection was filed');
    objection.outcome = input.outcome;
    objection.decision = text(input.decision, 'decision', 10_000);
    objection.decidedOn = decidedOn;
    const agreement = await em.findOneOrFail(Agreement, objection.agreement.id);
    await record(em, 'objectionDecided', { objection, municipalityCode: agreement.municipality.code });
    await em.flush();
    return objection;
  },

  listObjections(em: EntityManager, outcome: ObjectionOutcome | undefined, page: PageArgs = {}) {
    return paginate(em, Objection, () => (outcome ? { outcome } : {}), page, { key: 'filedOn', direction: 'desc' });
  },
};
