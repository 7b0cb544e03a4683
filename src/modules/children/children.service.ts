import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Principal } from '../../access/principal.js';
import { roleOfInstitution } from '../../domain/institutions.js';
import { caseAreas } from '../scopes.js';
import { acrossScopes } from '../../read/row-scope.js';
import { addDays, addYears, compareDates, dayOf, parseDate, todayInSofia, type CalendarDate } from '../../shared/dates.js';
import { ConflictError, ForbiddenError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { assertVersion, check, isCountryCode, optionalText, text } from '../../shared/validate.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { record } from '../events.js';
import { BY_REFERRAL_ONLY, ROLE_CASE_AREAS, roleCaseAreas, takesPartInCases } from '../../access/case-areas.js';
import { assertReadableFilter, mayPerform } from '../../access/policy.js';
import { assertMunicipalityCode } from '../../domain/reference-data.js';
import { Institution } from '../reference/institution.entity.js';
import {
  AgeAssessment,
  BestInterestsAssessment,
  CaseChange,
  CaseParticipant,
  CaseStatusChange,
  ChildCase,
  ChildNeed,
  MethodologicalSupport,
  MissingEpisode,
  MonitoringVisit,
  Placement,
  Referral,
  Representative,
} from './child-case.entity.js';
import {
  AgeOutcome,
  ApprovalStatus,
  AssessmentKind,
  CaseArea,
  CaseStatus,
  ClosingReason,
  ConsentBasis,
  NEED_AREAS,
  NeedStatus,
  REFERRAL_AREAS,
  ReferralStatus,
  Separation,
} from '../../domain/children.js';
import type {
  ChildCaseFilter,
  CloseCaseInput,
  OpenCaseInput,
  RecordAgeAssessmentInput,
  RecordPlacementInput,
  ReferCaseInput,
  AppointRepresentativeInput,
  RecordBestInterestsInput,
  RecordNeedInput,
  RecordMonitoringVisitInput,
  UpdateChildCaseInput,
  UpdateChildNeedInput,
  ChildCaseMatchInput,
  MergeChildCasesInput,
  RecordMethodologicalSupportInput,
} from './children.types.js';
import { criteriaOf, possibleMatches } from './matching.js';

const ORDER = [CaseStatus.IDENTIFIED, CaseStatus.ASSESSED, CaseStatus.PLACED, CaseStatus.CARE_PLAN, CaseStatus.CLOSED];

function history(
  em: EntityManager,
  c: ChildCase,
  from: CaseStatus | null,
  to: CaseStatus,
  on: string,
  by: string,
  note?: string | null,
  closingReason?: ClosingReason,
) {
  em.create(CaseStatusChange, {
    childCase: c,
    fromStatus: from,
    toStatus: to,
    changedOn: on,
    changedBy: by,
    note: note ?? null,
    closingReason: closingReason ?? null,
  });
}

/** MVR's role in a case it was alerted to: the policy's way of opening the case to it (policy.WIDENING_ACTS.reportChildMissing). */
const SEARCHES_ROLE = 'searches for the missing child (AP I.21)';

/** A closed case opens again, at the status it was closed from; the history shows it, with why. */
async function reopen(em: EntityManager, c: ChildCase, on: string, by: string, note: string): Promise<void> {
  const closing = await em.findOne(CaseStatusChange, { childCase: c, toStatus: CaseStatus.CLOSED }, { orderBy: { changedOn: 'desc', createdAt: 'desc' } });
  const to = closing?.fromStatus ?? CaseStatus.IDENTIFIED;
  history(em, c, CaseStatus.CLOSED, to, on, by, note);
  Object.assign(c, { status: to, closingReason: null, closedOn: null });
}

/** The case, in the caller's scope (else NOT_FOUND), with the area the change touches visible to it (else FORBIDDEN). */
async function caseFor(em: EntityManager, principal: Principal, id: string, area: CaseArea | null, field = 'caseId'): Promise<ChildCase> {
  const found = await em.findOne(ChildCase, { id: parseId(id, field) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) throw notFound('child case', id, field);
  if (area) assertSees(await areasIn(em, principal, found), area, field);
  return found;
}

/** The areas of a case the caller sees (scopes.caseAreas). */
const areasIn = async (em: EntityManager, principal: Principal, c: ChildCase) => (await caseAreas(em, principal, [c.id])).get(c.id)!;

/** A change to an area of the case the caller does not see is refused (FORBIDDEN, naming the area). */
function assertSees(visible: readonly CaseArea[], area: CaseArea, field: string) {
  if (visible.includes(area)) return;
  throw new ForbiddenError(`Your institution does not take part in the ${area} area of this case.`, {
    messageBg: 'Вашата институция няма достъп до тази част от случая.',
    details: { field, area },
  });
}

/** A day given for a change to a case (default today): not in the future, not before the child was identified. */
function dayInCase(c: ChildCase, value: string | undefined, field: string): string {
  const day = dayOf(value, field);
  check(compareDates(day, c.identifiedOn) >= 0, field, 'is before the child was identified');
  return day;
}

/** The mechanism's care ends with the case: the current placement and representatives end that day. */
async function endCare(em: EntityManager, c: ChildCase, on: string) {
  for (const p of await em.find(Placement, { childCase: c, toDate: null })) p.toDate = on;
  for (const r of await em.find(Representative, { childCase: c, endedOn: null })) r.endedOn = on;
}

const assertOpen = (c: ChildCase) => {
  if (c.status === CaseStatus.CLOSED) {
    throw new ConflictError(`The case was closed on ${c.closedOn} (${c.closingReason}).`, {
      messageBg: `Случаят е закрит на ${c.closedOn} (${c.closingReason}).`,
      details: { field: 'caseId' },
    });
  }
};

/** An institution's current participation in the case, if any. */
const currentParticipation = (em: EntityManager, c: ChildCase, institutionCode: string) =>
  em.findOne(CaseParticipant, { childCase: c, institution: institutionCode, leftOn: null });

/** A participation ends; it is kept, with who ended it and why. With it end the areas its referrals shared (scopes SHARING). */
function endParticipation(p: CaseParticipant, by: string, reason: string) {
  Object.assign(p, { leftOn: todayInSofia(), endedBy: by, endReason: reason });
}

/** A referral withdrawn: it shares nothing from now on (scopes SHARING), with who and why. */
function revoke(referral: Referral, by: string, reason: string) {
  Object.assign(referral, { status: ReferralStatus.REVOKED, revokedOn: todayInSofia(), revokedBy: by, revokeReason: reason });
}

/**
 * A referral that is done or revoked ends the participation it brought (AP II.7: access lasts as long
 * as the hand-off), unless another referral to the same institution for the case is still accepted:
 * the participation then rests on that one.
 */
async function releaseReferral(em: EntityManager, referral: Referral, by: string, reason: string) {
  const p = await em.findOne(CaseParticipant, { viaReferral: referral, leftOn: null });
  if (!p) return;
  // Across scopes: another institution's referral to the same recipient counts too.
  const other = await em.findOne(
    Referral,
    { childCase: referral.childCase, to: referral.to, status: ReferralStatus.ACCEPTED, id: { $ne: referral.id } },
    { filters: acrossScopes },
  );
  if (other) p.viaReferral = other;
  else endParticipation(p, by, reason);
}

/**
 * Only institutions whose role takes part in children's cases can be brought in or referred to
 * (access/case-areas.ts); partner organisations (NGO-…) only by a referral (AP I.21, II.7).
 */
function assertTakesPart(institutionCode: string, field: string, byReferral: boolean) {
  const role = roleOfInstitution(institutionCode);
  check(
    byReferral ? takesPartInCases(role) : ROLE_CASE_AREAS[role]?.length,
    field,
    BY_REFERRAL_ONLY.has(role)
      ? `a partner organisation takes part in a case by a referral it accepts (referChildCase), not otherwise`
      : `${role} takes no part in children's cases (DAZD, SAR, MVR, ASP, MON, RZI, RZOK, NKBTH, municipalities do; partner organisations by referral)`,
  );
}

/** AP II.6: a case of an accompanied child is in the mechanism because the child is at risk: it says why. */
function assertRiskStated(c: Pick<ChildCase, 'separation' | 'riskReason'>) {
  check(
    c.separation !== Separation.ACCOMPANIED_AT_RISK || c.riskReason,
    'riskReason',
    'is required for an accompanied child at risk (ACCOMPANIED_AT_RISK): say why the child is at risk',
    'е задължително за придружено дете в риск (ACCOMPANIED_AT_RISK): посочете защо детето е в риск',
  );
}

/** The day a child of `minAge` on `on` turns 18 at the latest (benefit of the doubt: the lower bound). */
const comesOfAge = (on: string, minAge: number) => addYears(on, Math.max(0, 18 - minAge));

type AgeFinding = Pick<AgeAssessment, 'assessedOn' | 'minAge' | 'disputed' | 'outcome'>;

/**
 * The day the person comes of age, from the declared birth date and then each age assessment in the
 * order made (the latest decides). The one place the age rule lives (docs/children.md, "The age rule").
 *
 * AP I.21 (Part I) asks for rules for the case where it is in doubt that a person is a minor, and
 * Directive 2013/32/EU Art. 25(5) says that if doubt remains after the assessment the person is
 * assumed to be a minor. So only an ADULT outcome whose whole range is 18 or over, and which nobody
 * disputes, makes the person an adult (from the day assessed). Any other result leaves a child who
 * comes of age at the range's lower bound. An assessment under dispute is doubt too: until a later
 * undisputed assessment decides the dispute, the date that stood before it holds when later (never
 * earlier: a dispute cannot bring coming of age forward), and with neither a date in the future nor
 * a lower bound under 18 there is no date: a child of unknown age, who does not come of age.
 */
function comesOfAgeOn(declaredBirthDate: CalendarDate | null | undefined, findings: AgeFinding[]): CalendarDate | null {
  let on: CalendarDate | null = declaredBirthDate ? addYears(declaredBirthDate, 18) : null;
  for (const a of findings) {
    if (a.outcome === AgeOutcome.ADULT && a.minAge >= 18 && !a.disputed) {
      on = a.assessedOn;
      continue;
    }
    const lowerBound = a.minAge < 18 ? comesOfAge(a.assessedOn, a.minAge) : null;
    const standing = (a.disputed || !lowerBound) && on && compareDates(on, a.assessedOn) > 0 ? on : null;
    // The later of the two keeps the person a child the longer (ISO dates sort as the days do).
    on =
      [lowerBound, standing]
        .filter((d) => d !== null)
        .sort()
        .at(-1) ?? null;
  }
  return on;
}

/** A case's age assessments in the order made, as the case lists them (by day, then as recorded). */
const assessmentsOf = (em: EntityManager, c: ChildCase) => em.find(AgeAssessment, { childCase: c }, { orderBy: { assessedOn: 'asc', createdAt: 'asc' } });

/**
 * comesOfAgeOn again, from the declared birth date and the assessments in the order made (the sort is
 * stable: one just recorded stays last among its day's); returns the day before when it changed.
 */
function recomputeComingOfAge(c: ChildCase, assessments: AgeFinding[]): { from: CalendarDate | null } | null {
  const comesOn = comesOfAgeOn(
    c.declaredBirthDate,
    [...assessments].sort((a, b) => compareDates(a.assessedOn, b.assessedOn)),
  );
  if (comesOn === (c.comesOfAgeOn ?? null)) return null;
  const from = c.comesOfAgeOn ?? null;
  c.comesOfAgeOn = comesOn;
  // The notice told DAZD of a day that no longer holds: the new day is told once in its turn.
  c.comingOfAgeNotifiedOn = null;
  return { from };
}

/** The fields of the child's record (openChildCase, updateChildCase) and the part of the case each belongs to (null: every participant's). */
const RECORD_AREAS = {
  givenName: CaseArea.IDENTITY,
  familyName: CaseArea.IDENTITY,
  namesDeclared: CaseArea.IDENTITY,
  declaredBirthDate: CaseArea.IDENTITY,
  sex: CaseArea.IDENTITY,
  nationality: CaseArea.IDENTITY,
  languages: CaseArea.IDENTITY,
  identifiedWhere: CaseArea.IDENTITY,
  separation: null,
  riskReason: CaseArea.CARE,
  beneficiary: CaseArea.IDENTITY,
} as const;
type RecordField = keyof typeof RECORD_AREAS;
type RecordInput = Omit<UpdateChildCaseInput, 'caseId' | 'version' | 'note'>;

/**
 * The record's fields as given, checked and normalised, one place for opening and updating: a field not
 * given is left out, null clears it (refused where the record cannot be without it). The beneficiary
 * record must be in the caller's view of beneficiaries (else NOT_FOUND: nothing said of others').
 */
async function recordValues(em: EntityManager, input: RecordInput, identifiedOn: CalendarDate): Promise<Partial<Pick<ChildCase, RecordField>>> {
  const out: Partial<Pick<ChildCase, RecordField>> = {};
  const given = (field: keyof RecordInput) => input[field] !== undefined;
  const kept = <T>(value: T | null | undefined, field: string): T => {
    check(value !== null && value !== undefined, field, 'cannot be cleared', 'не може да бъде изтрито');
    return value;
  };
  if (given('givenName')) out.givenName = optionalText(input.givenName, 'givenName', 200) ?? null;
  if (given('familyName')) out.familyName = optionalText(input.familyName, 'familyName', 200) ?? null;
  if (given('namesDeclared')) out.namesDeclared = kept(input.namesDeclared, 'namesDeclared');
  if (given('declaredBirthDate')) {
    if (input.declaredBirthDate) {
      parseDate(input.declaredBirthDate, 'declaredBirthDate');
      check(
        compareDates(input.declaredBirthDate, identifiedOn) <= 0,
        'declaredBirthDate',
        'is after the day the child was identified',
        'е след деня, в който детето е установено',
      );
    }
    out.declaredBirthDate = input.declaredBirthDate ?? null;
  }
  if (given('sex')) out.sex = input.sex ?? null;
  if (given('nationality')) {
    if (input.nationality)
      check(isCountryCode(input.nationality), 'nationality', 'is an ISO 3166-1 alpha-2 code, e.g. SY', 'е код по ISO 3166-1 alpha-2, напр. SY');
    out.nationality = input.nationality ?? null;
  }
  if (given('languages')) out.languages = kept(input.languages, 'languages').map((l, i) => text(l, `languages[${i}]`, 50));
  if (given('separation')) out.separation = kept(input.separation, 'separation');
  if (given('riskReason')) out.riskReason = optionalText(input.riskReason, 'riskReason', 2000) ?? null;
  if (given('identifiedWhere')) out.identifiedWhere = text(kept(input.identifiedWhere, 'identifiedWhere'), 'identifiedWhere', 500);
  if (given('beneficiaryId')) {
    const id = input.beneficiaryId;
    const found = id ? await em.findOne(Beneficiary, { id: parseId(id, 'beneficiaryId') }) : null;
    if (id && !found) throw notFound('beneficiary', id, 'beneficiaryId');
    out.beneficiary = found;
  }
  return out;
}

/** A field's value as the schema gives it, for the change log (an entity by its id). */
const asLogged = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: string }).id : (value ?? null));

type Change = { field: string; area: CaseArea | null; from: unknown; to: unknown };
/** The change log's entries for one subject (the case or a need), by whom and why. */
function logChanges(
  em: EntityManager,
  c: ChildCase,
  subject: { type: 'ChildCase' | 'ChildNeed'; id: string },
  changes: Change[],
  by: string,
  note: string | null,
) {
  // One change, one moment: the log lists a change's fields by name (children.loaders.ts changesOf).
  const createdAt = new Date();
  for (const ch of changes) {
    em.create(CaseChange, {
      createdAt,
      childCase: c,
      area: ch.area,
      subjectType: subject.type,
      subjectId: subject.id,
      field: ch.field,
      fromValue: asLogged(ch.from),
      toValue: asLogged(ch.to),
      changedBy: by,
      changedOn: todayInSofia(),
      note,
    });
  }
}

/** The fields of `values` that differ from `current` (arrays by content, entities by id). */
function differences<T extends object>(current: T, values: Partial<T>, areaOf: (field: string) => CaseArea | null): Change[] {
  return Object.entries(values)
    .filter(([field, to]) => JSON.stringify(asLogged(current[field as keyof T])) !== JSON.stringify(asLogged(to)))
    .map(([field, to]) => ({ field, area: areaOf(field), from: current[field as keyof T], to }));
}

/** A search by identity tells who the children are: only roles that read the IDENTITY area of their cases. */
function assertSearchesIdentity(principal: Principal) {
  if (!roleCaseAreas(principal).includes(CaseArea.IDENTITY)) {
    throw new ForbiddenError("Your institution does not read children's identity: it cannot search cases by it.", {
      messageBg: 'Вашата институция няма достъп до самоличността на децата и не може да търси по нея.',
      details: { field: 'childCaseMatches' },
    });
  }
}

export const childrenService = {
  /** AP II.7–8: an identified child enters the mechanism; DAZD runs the case (AP II.6), the identifying institution takes part. */
  async open(em: EntityManager, principal: Principal, input: OpenCaseInput): Promise<ChildCase> {
    const identifiedOn = dayOf(input.identifiedOn, 'identifiedOn');
    const values = await recordValues(em, input, identifiedOn);
    assertRiskStated({ separation: input.separation, riskReason: values.riskReason });
    const c = em.create(ChildCase, {
      ...values,
      separation: input.separation,
      identifiedWhere: values.identifiedWhere!,
      comesOfAgeOn: values.declaredBirthDate ? addYears(values.declaredBirthDate, 18) : null,
      identifiedOn,
      identifiedBy: principal.institutionCode,
      owner: 'DAZD',
    });
    em.create(CaseParticipant, { childCase: c, institution: 'DAZD', role: 'coordinates the case (AP II.6)', joinedOn: identifiedOn });
    if (principal.institutionCode !== 'DAZD') {
      em.create(CaseParticipant, { childCase: c, institution: principal.institutionCode, role: 'identified the child', joinedOn: identifiedOn });
    }
    history(em, c, null, CaseStatus.IDENTIFIED, identifiedOn, principal.institutionCode);
    await em.flush();
    // One child, one record (issue 21.4): DAZD, which sees every case, is told of possible duplicates
    // among all; the opener sees those in its own view (ChildCase.possibleDuplicates).
    const duplicates = await possibleMatches(em, criteriaOf(c), { everyCase: true, excludeId: c.id });
    if (duplicates.length) {
      await record(em, 'possibleDuplicates', { childCase: c, caseIds: duplicates.map((d) => d.childCase.id), opener: principal.institutionCode });
      await em.flush();
    }
    return c;
  },

  /**
   * Issue 21.4: cases in the caller's view that may be the child described. Only a role that reads the
   * identity of its cases searches by identity; nothing is said of cases outside the caller's view.
   */
  async matches(em: EntityManager, principal: Principal, input: ChildCaseMatchInput) {
    assertSearchesIdentity(principal);
    check(
      input.givenName?.trim() || input.familyName?.trim() || input.beneficiaryId,
      'givenName',
      'give a name, or the beneficiaryId',
      'посочете име или beneficiaryId',
    );
    if (input.declaredBirthDate) parseDate(input.declaredBirthDate, 'declaredBirthDate');
    return possibleMatches(em, { ...input, beneficiaryId: input.beneficiaryId && parseId(input.beneficiaryId, 'beneficiaryId') });
  },

  /**
   * The child's identity and profile corrected or completed (IDENTITY area), on the version read (else
   * CONFLICT); each change goes to the case's change log, and a new declared birth date recomputes
   * when the child comes of age (the age rule). Nothing changed: the case as it was, no new version.
   */
  async update(em: EntityManager, principal: Principal, input: UpdateChildCaseInput): Promise<ChildCase> {
    const c = await caseFor(em, principal, input.caseId, null);
    // IDENTITY opens the update; each field of another area needs that area too (below).
    const visible = await areasIn(em, principal, c);
    assertSees(visible, CaseArea.IDENTITY, 'caseId');
    assertOpen(c);
    assertVersion(c.version, input.version, 'case', 'Случаят е променен междувременно: заредете го отново.');
    const { caseId: _caseId, version: _version, note, ...given } = input;
    const changes = differences(c, await recordValues(em, given, c.identifiedOn), (field) => RECORD_AREAS[field as RecordField]);
    if (!changes.length) return c;
    // A field is written only by those who read it.
    const unseen = changes.find((ch) => ch.area && !visible.includes(ch.area));
    if (unseen) {
      throw new ForbiddenError(`Your institution does not take part in the ${unseen.area} area of this case: it cannot change ${unseen.field}.`, {
        messageBg: 'Вашата институция няма достъп до тази част от случая и не може да я променя.',
        details: { field: unseen.field, area: unseen.area },
      });
    }
    for (const ch of changes) Object.assign(c, { [ch.field]: ch.to });
    assertRiskStated(c);
    if (changes.some((ch) => ch.field === 'declaredBirthDate')) {
      const recomputed = recomputeComingOfAge(c, await assessmentsOf(em, c));
      if (recomputed) changes.push({ field: 'comesOfAgeOn', area: CaseArea.AGE, from: recomputed.from, to: c.comesOfAgeOn ?? null });
    }
    logChanges(em, c, { type: 'ChildCase', id: c.id }, changes, principal.institutionCode, optionalText(note, 'note', 2000) ?? null);
    await em.flush();
    return c;
  },

  /** AP II.8: a need's description, plan or status (e.g. MET), in an area the caller sees in the case, on the version read. */
  async updateNeed(em: EntityManager, principal: Principal, input: UpdateChildNeedInput): Promise<ChildNeed> {
    const need = await em.findOne(ChildNeed, { id: parseId(input.needId, 'needId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!need) throw notFound('need', input.needId, 'needId');
    const c = await caseFor(em, principal, need.childCase.id, need.area, 'needId');
    assertOpen(c);
    assertVersion(need.version, input.version, 'need', 'Нуждата е променена междувременно: заредете я отново.');
    const values: Partial<Pick<ChildNeed, 'description' | 'plan' | 'status'>> = {};
    if (input.description !== undefined) values.description = text(input.description ?? '', 'description', 4000);
    if (input.plan !== undefined) values.plan = optionalText(input.plan, 'plan', 4000) ?? null;
    if (input.status) values.status = input.status;
    const changes = differences(need, values, () => need.area);
    if (!changes.length) return need;
    Object.assign(need, values, { changedBy: principal.institutionCode, changedOn: todayInSofia() });
    logChanges(em, c, { type: 'ChildNeed', id: need.id }, changes, principal.institutionCode, optionalText(input.note, 'note', 2000) ?? null);
    await em.flush();
    return need;
  },

  /** The case moves forward (identified → assessed → placed → care plan); closing has its own reason (closeCase). */
  async advance(em: EntityManager, principal: Principal, id: string, to: CaseStatus, note?: string): Promise<ChildCase> {
    const c = await caseFor(em, principal, id, null);
    assertOpen(c);
    check(to !== CaseStatus.CLOSED, 'status', 'close a case with closeCase, giving the reason');
    check(ORDER.indexOf(to) > ORDER.indexOf(c.status), 'status', `a case moves forward only: it is ${c.status}`);
    // AP I.15.1: the care plan is final only after a full best-interests assessment DAZD approved.
    if (
      to === CaseStatus.CARE_PLAN &&
      !(await em.count(BestInterestsAssessment, { childCase: c, kind: AssessmentKind.FULL, approval: ApprovalStatus.APPROVED }))
    ) {
      throw new ConflictError('A care plan needs a full best-interests assessment approved by DAZD first (AP I.15.1).', {
        messageBg: 'Планът за грижа изисква пълна оценка на най-добрия интерес, одобрена от ДАЗД.',
        details: { field: 'status' },
      });
    }
    history(em, c, c.status, to, todayInSofia(), principal.institutionCode, optionalText(note, 'note', 2000));
    c.status = to;
    await em.flush();
    return c;
  },

  async close(em: EntityManager, principal: Principal, input: CloseCaseInput): Promise<ChildCase> {
    check(
      input.reason !== ClosingReason.DUPLICATE,
      'reason',
      'a duplicate is closed by merging it into the kept case (mergeChildCases)',
      'дублиран случай се закрива чрез сливане с оставащия случай (mergeChildCases)',
    );
    const c = await caseFor(em, principal, input.caseId, null);
    assertOpen(c);
    const on = dayInCase(c, input.closedOn, 'closedOn');
    // Closed as gone missing only with the episode open: the found report then reopens it (reportFound).
    check(
      input.reason !== ClosingReason.WENT_MISSING || c.missingSince,
      'reason',
      'WENT_MISSING needs the child reported missing first (reportChildMissing)',
      'WENT_MISSING изисква детето първо да е обявено за изчезнало (reportChildMissing)',
    );
    history(em, c, c.status, CaseStatus.CLOSED, on, principal.institutionCode, optionalText(input.note, 'note', 2000), input.reason);
    Object.assign(c, { status: CaseStatus.CLOSED, closingReason: input.reason, closedOn: on });
    await endCare(em, c, on);
    const participants = await em.find(CaseParticipant, { childCase: c, leftOn: null });
    await record(em, 'caseClosed', { childCase: c, participants: participants.map((p) => p.institution.code), closer: principal.institutionCode });
    await em.flush();
    return c;
  },

  /** DAZD opens a closed case again (e.g. the child came back), with the reason; the history shows it. */
  async reopenCase(em: EntityManager, principal: Principal, id: string, reason: string): Promise<ChildCase> {
    const c = await caseFor(em, principal, id, null);
    if (c.status !== CaseStatus.CLOSED) {
      throw new ConflictError(`The case is ${c.status}, not closed.`, { messageBg: 'Случаят не е приключен.', details: { field: 'caseId' } });
    }
    // One child, one record: the child's case is the kept one, which opens again instead.
    if (c.closingReason === ClosingReason.DUPLICATE) {
      throw new ConflictError(`The case was merged into case ${c.mergedInto?.id}: reopen that one.`, {
        messageBg: `Случаят е слят със случай ${c.mergedInto?.id}: отворете него.`,
        details: { field: 'caseId', mergedInto: c.mergedInto?.id },
      });
    }
    await reopen(em, c, todayInSofia(), principal.institutionCode, `reopened: ${text(reason, 'reason', 2000)}`);
    await em.flush();
    return c;
  },

  /** AP I.21 (Part I): the result as a range; when the person comes of age follows the age rule (comesOfAgeOn). */
  async recordAgeAssessment(em: EntityManager, principal: Principal, input: RecordAgeAssessmentInput): Promise<AgeAssessment> {
    const c = await caseFor(em, principal, input.caseId, CaseArea.AGE);
    assertOpen(c);
    check(
      input.minAge >= 0 && input.maxAge <= 40 && input.minAge <= input.maxAge,
      'minAge',
      'and maxAge give a range of whole years, minAge ≤ maxAge, 0 to 40',
    );
    const on = dayInCase(c, input.assessedOn, 'assessedOn');
    const earlier = await assessmentsOf(em, c);
    const assessment = em.create(AgeAssessment, {
      childCase: c,
      method: input.method,
      assessedOn: on,
      assessedBy: principal.institutionCode,
      minAge: input.minAge,
      maxAge: input.maxAge,
      disputed: input.disputed ?? false,
      outcome: input.outcome,
    });
    recomputeComingOfAge(c, [...earlier, assessment]);
    await em.flush();
    return assessment;
  },

  async appointRepresentative(em: EntityManager, principal: Principal, input: AppointRepresentativeInput): Promise<Representative> {
    const c = await caseFor(em, principal, input.caseId, CaseArea.CARE);
    assertOpen(c);
    const on = dayOf(input.appointedOn, 'appointedOn');
    const current = await em.find(Representative, { childCase: c, kind: input.kind, endedOn: null });
    for (const r of current) r.endedOn = on;
    const r = em.create(Representative, {
      childCase: c,
      kind: input.kind,
      name: text(input.name, 'name', 300),
      appointedOn: on,
      recordedBy: principal.institutionCode,
    });
    await em.flush();
    return r;
  },

  /** A new placement ends the current one on the day it starts. */
  async recordPlacement(em: EntityManager, principal: Principal, input: RecordPlacementInput): Promise<Placement> {
    const c = await caseFor(em, principal, input.caseId, CaseArea.CARE);
    assertOpen(c);
    const from = dayInCase(c, input.fromDate, 'fromDate');
    assertMunicipalityCode(input.municipalityCode);
    let previous: string | null = null;
    for (const p of await em.find(Placement, { childCase: c, toDate: null })) {
      check(compareDates(from, p.fromDate) >= 0, 'fromDate', `is before the current placement began (${p.fromDate})`);
      p.toDate = from;
      previous = p.municipality.code;
    }
    const placement = em.create(Placement, {
      childCase: c,
      kind: input.kind,
      provider: text(input.provider, 'provider', 300),
      municipality: input.municipalityCode,
      fromDate: from,
      recordedBy: principal.institutionCode,
    });
    await record(em, 'childPlaced', { placement, previousMunicipality: previous, placer: principal.institutionCode });
    await em.flush();
    return placement;
  },

  /** DAZD brings an institution into the case with a role. */
  async addParticipant(em: EntityManager, principal: Principal, caseId: string, institutionCode: string, role: string): Promise<CaseParticipant> {
    const c = await caseFor(em, principal, caseId, null);
    assertOpen(c);
    assertTakesPart(institutionCode, 'institutionCode', false);
    const institution = await em.findOne(Institution, { code: institutionCode });
    check(institution, 'institutionCode', `'${institutionCode}' is not an institution code (see institutions)`);
    check(!(await currentParticipation(em, c, institutionCode)), 'institutionCode', 'already takes part in the case', 'вече участва в случая');
    const p = em.create(CaseParticipant, { childCase: c, institution: institutionCode, role: text(role, 'role', 300), joinedOn: todayInSofia() });
    await em.flush();
    return p;
  },

  /**
   * DAZD ends an institution's part in a case (AP II.6), with the reason; it sees the case no more, its
   * referrals for the case still pending or accepted are revoked, and it is told. A closed case too:
   * ending access is always allowed. DAZD itself, which coordinates, is not removed.
   */
  async removeParticipant(em: EntityManager, principal: Principal, caseId: string, institutionCode: string, reason: string): Promise<CaseParticipant> {
    const c = await caseFor(em, principal, caseId, null);
    check(
      institutionCode !== 'DAZD',
      'institutionCode',
      'DAZD coordinates the case and cannot be removed (AP II.6)',
      'ДАЗД координира случая и не може да бъде премахната',
    );
    const why = text(reason, 'reason', 2000);
    const p = await currentParticipation(em, c, institutionCode);
    check(p, 'institutionCode', 'does not take part in the case', 'не участва в случая');
    endParticipation(p, principal.institutionCode, why);
    // Across scopes: every referral to the institution leaving ends, whoever made it.
    const open = { childCase: c, to: institutionCode, status: { $in: [ReferralStatus.PENDING, ReferralStatus.ACCEPTED] } };
    for (const r of await em.find(Referral, open, { filters: acrossScopes })) {
      revoke(r, principal.institutionCode, `the participation ended: ${why}`.slice(0, 2000));
    }
    await record(em, 'participationEnded', { participation: p, by: principal.institutionCode });
    await em.flush();
    return p;
  },

  /** A participant refers the case to another institution, sharing only areas it sees itself. */
  async refer(em: EntityManager, principal: Principal, input: ReferCaseInput): Promise<Referral> {
    const c = await caseFor(em, principal, input.caseId, null);
    assertOpen(c);
    check(input.toInstitutionCode !== principal.institutionCode, 'toInstitutionCode', 'is your own institution');
    assertTakesPart(input.toInstitutionCode, 'toInstitutionCode', true);
    check(
      await em.findOne(Institution, { code: input.toInstitutionCode }),
      'toInstitutionCode',
      `'${input.toInstitutionCode}' is not an institution code (see institutions)`,
    );
    const shared = [...new Set(input.sharedAreas)];
    check(shared.length > 0, 'sharedAreas', 'name at least one area the referral shares');
    const visible = await areasIn(em, principal, c);
    const unseen = shared.filter((a) => !visible.includes(a));
    check(unseen.length === 0, 'sharedAreas', `you cannot share what you do not see: ${unseen.join(', ')}`);
    const beyond = shared.filter((a) => !REFERRAL_AREAS[input.type].includes(a));
    check(beyond.length === 0, 'sharedAreas', `a ${input.type} referral shares only ${REFERRAL_AREAS[input.type].join(', ')}, not ${beyond.join(', ')}`);
    const consentNote = optionalText(input.consentNote, 'consentNote', 2000) ?? null;
    check(
      input.consent !== ConsentBasis.BEST_INTERESTS_WITHOUT_CONSENT || consentNote,
      'consentNote',
      'is required when sharing without consent: say why the child’s best interests require it',
    );
    // A partner organisation has no statutory part in the mechanism: it sees a child's data on consent only.
    check(
      !BY_REFERRAL_ONLY.has(roleOfInstitution(input.toInstitutionCode)) || input.consent !== ConsentBasis.BEST_INTERESTS_WITHOUT_CONSENT,
      'consent',
      'a referral to a partner organisation needs consent (CHILD_AND_REPRESENTATIVE or REPRESENTATIVE)',
      'насочване към партньорска организация изисква съгласие (CHILD_AND_REPRESENTATIVE или REPRESENTATIVE)',
    );
    // A representative's consent needs a representative: one appointed and not ended (appointRepresentative).
    check(
      input.consent === ConsentBasis.BEST_INTERESTS_WITHOUT_CONSENT || (await em.count(Representative, { childCase: c, endedOn: null })),
      'consent',
      `${input.consent} needs a representative appointed for the child first (appointRepresentative)`,
      `${input.consent} изисква първо да бъде назначен представител на детето (appointRepresentative)`,
    );
    const referral = em.create(Referral, {
      childCase: c,
      from: principal.institutionCode,
      to: input.toInstitutionCode,
      type: input.type,
      reason: text(input.reason, 'reason', 2000),
      sharedAreas: shared,
      consent: input.consent,
      consentNote,
      referredOn: todayInSofia(),
    });
    await record(em, 'childReferred', { referral });
    await em.flush();
    return referral;
  },

  /** The institution referred to answers; accepting makes it a participant with the shared areas. */
  async respond(em: EntityManager, principal: Principal, referralId: string, status: ReferralStatus, response?: string): Promise<Referral> {
    // In the caller's referral scope too: an ASP regional directorate answers those of its province only.
    const referral = await em.findOne(
      Referral,
      { id: parseId(referralId, 'referralId'), to: principal.institutionCode },
      {
        populate: ['childCase'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      },
    );
    if (!referral) throw notFound('referral to your institution', referralId, 'referralId');
    assertOpen(referral.childCase);
    const allowed: Record<ReferralStatus, ReferralStatus[]> = {
      PENDING: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED],
      ACCEPTED: [ReferralStatus.DONE],
      DECLINED: [],
      DONE: [],
      REVOKED: [],
    };
    const next = allowed[referral.status as ReferralStatus];
    check(next.includes(status), 'status', `a ${referral.status} referral can become ${next.join(' or ') || 'nothing else'}`);
    const given = optionalText(response, 'response', 2000);
    // The referrer is told the answer: a refusal without its reason would leave it nothing to act on.
    check(status !== ReferralStatus.DECLINED || given, 'response', 'is required when declining: say why', 'е задължителен при отказ: посочете причината');
    referral.status = status;
    referral.respondedOn = todayInSofia();
    referral.response = given ?? referral.response ?? null;
    if (status === ReferralStatus.ACCEPTED && !(await currentParticipation(em, referral.childCase, principal.institutionCode))) {
      em.create(CaseParticipant, {
        childCase: referral.childCase,
        institution: principal.institutionCode,
        role: `referred: ${referral.reason}`.slice(0, 300),
        joinedOn: todayInSofia(),
        viaReferral: referral,
      });
    }
    // A finished referral stops sharing: the participation it brought ends with it.
    if (status === ReferralStatus.DONE) await releaseReferral(em, referral, principal.institutionCode, 'the referral was finished');
    await record(em, 'referralAnswered', { referral });
    await em.flush();
    return referral;
  },

  /**
   * The referrer (or DAZD) withdraws a referral still pending or accepted, with the reason (AP II.7):
   * from now on it shares nothing, the participation it brought ends, and the recipient is told.
   */
  async revokeReferral(em: EntityManager, principal: Principal, referralId: string, reason: string): Promise<Referral> {
    const referral = await em.findOne(
      Referral,
      { id: parseId(referralId, 'referralId') },
      {
        populate: ['childCase'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      },
    );
    if (!referral) throw notFound('referral', referralId, 'referralId');
    if (referral.from.code !== principal.institutionCode && principal.role !== 'DAZD') {
      throw new ForbiddenError('Only the institution that made the referral, or DAZD, revokes it.', {
        messageBg: 'Само институцията, направила насочването, или ДАЗД може да го оттегли.',
        details: { field: 'referralId' },
      });
    }
    if (referral.status !== ReferralStatus.PENDING && referral.status !== ReferralStatus.ACCEPTED) {
      throw new ConflictError(`The referral is ${referral.status}: only a pending or accepted one is revoked.`, {
        messageBg: 'Само чакащо или прието насочване може да бъде оттеглено.',
        details: { field: 'referralId' },
      });
    }
    revoke(referral, principal.institutionCode, text(reason, 'reason', 2000));
    await releaseReferral(em, referral, principal.institutionCode, `the referral was revoked: ${referral.revokeReason}`.slice(0, 2000));
    await record(em, 'referralRevoked', { referral });
    await em.flush();
    return referral;
  },

  /**
   * A missing child: an episode opens, MVR and DAZD are told at once (due within hours, not days), and
   * MVR takes part in the case to search (AP I.21, II.7): it reads the identity, age and missing areas
   * and records the child found. The one write besides addCaseParticipant that opens a case to MVR.
   */
  async reportMissing(em: EntityManager, principal: Principal, caseId: string, since?: string): Promise<ChildCase> {
    const c = await caseFor(em, principal, caseId, CaseArea.MISSING);
    assertOpen(c);
    check(
      !c.missingSince,
      'caseId',
      `the child is reported missing already, since ${c.missingSince}`,
      `детето вече е обявено за изчезнало от ${c.missingSince}`,
    );
    c.missingSince = dayInCase(c, since, 'since');
    em.create(MissingEpisode, { childCase: c, since: c.missingSince, reportedBy: principal.institutionCode });
    if (!(await currentParticipation(em, c, 'MVR'))) {
      em.create(CaseParticipant, { childCase: c, institution: 'MVR', role: SEARCHES_ROLE, joinedOn: todayInSofia() });
    }
    await record(em, 'childMissing', { childCase: c, reporter: principal.institutionCode });
    await em.flush();
    return c;
  },

  /**
   * The missing child is found: the open episode ends (kept, with who found the child), DAZD, MVR and
   * the reporter are told. A case closed as WENT_MISSING opens again; one closed for another reason
   * while the child was missing only ends the episode.
   */
  async reportFound(em: EntityManager, principal: Principal, caseId: string, foundOn?: string, note?: string): Promise<ChildCase> {
    const c = await caseFor(em, principal, caseId, CaseArea.MISSING);
    // A closed case takes no writes but the end of an episode still open.
    if (!c.missingSince) assertOpen(c);
    const episode = await em.findOne(MissingEpisode, { childCase: c, foundOn: null }, { populate: ['reportedBy'] });
    check(c.missingSince && episode, 'caseId', 'the child is not reported missing', 'детето не е обявено за изчезнало');
    const on = dayOf(foundOn, 'foundOn');
    check(
      compareDates(on, episode.since) >= 0,
      'foundOn',
      `is before the child went missing (${episode.since})`,
      `е преди детето да изчезне (${episode.since})`,
    );
    Object.assign(episode, { foundOn: on, foundBy: principal.institutionCode, foundNote: optionalText(note, 'note', 2000) ?? null });
    c.missingSince = null;
    if (c.status === CaseStatus.CLOSED && c.closingReason === ClosingReason.WENT_MISSING) {
      await reopen(em, c, todayInSofia(), principal.institutionCode, 'reopened: the child was found (AP I.21)');
    }
    await record(em, 'childFound', { childCase: c, episode, finder: principal.institutionCode });
    await em.flush();
    return c;
  },

  /**
   * Issue 21.4, one child one record: DAZD merges a second record of a child into the case kept. The
   * duplicate closes as DUPLICATE, points to the kept case and counts no more in the indicators; its
   * records stay on it. Its referrals still pending or accepted move to the kept case with the
   * participations they brought; institutions that took part in the duplicate take part in the kept
   * case with their role (AP II.6: DAZD coordinates who works on the child). All are told (CASE_MERGED).
   */
  async merge(em: EntityManager, principal: Principal, input: MergeChildCasesInput): Promise<ChildCase> {
    check(input.keptCaseId !== input.duplicateCaseId, 'duplicateCaseId', 'is the kept case itself', 'е самият оставащ случай');
    // Both locked in one order, so that two merges of the same pair cannot wait on each other.
    const [first, second] = [
      { id: input.keptCaseId, field: 'keptCaseId' },
      { id: input.duplicateCaseId, field: 'duplicateCaseId' },
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    const locked = new Map<string, ChildCase>();
    for (const { id, field } of [first!, second!]) locked.set(field, await caseFor(em, principal, id, CaseArea.IDENTITY, field));
    const kept = locked.get('keptCaseId')!;
    const duplicate = locked.get('duplicateCaseId')!;
    const merged = (c: ChildCase, field: string) => {
      if (c.closingReason !== ClosingReason.DUPLICATE) return;
      throw new ConflictError(`The case was merged into case ${c.mergedInto?.id} already.`, {
        messageBg: `Случаят вече е слят със случай ${c.mergedInto?.id}.`,
        details: { field, mergedInto: c.mergedInto?.id },
      });
    };
    merged(kept, 'keptCaseId');
    merged(duplicate, 'duplicateCaseId');
    if (kept.status === CaseStatus.CLOSED && duplicate.status !== CaseStatus.CLOSED) {
      throw new ConflictError('The kept case is closed and the duplicate is open: reopen the kept case first, or keep the open one.', {
        messageBg: 'Оставащият случай е закрит, а дублираният е открит: първо отворете оставащия случай или запазете открития.',
        details: { field: 'keptCaseId' },
      });
    }
    // An open search would lose its case: the child is found (or reported missing on the kept case) first.
    if (duplicate.missingSince) {
      throw new ConflictError(
        `The duplicate's child is reported missing since ${duplicate.missingSince}: report the child found on it first, or keep that case.`,
        {
          messageBg: `Детето по дублирания случай е обявено за изчезнало от ${duplicate.missingSince}: първо отбележете, че е намерено, или запазете този случай.`,
          details: { field: 'duplicateCaseId' },
        },
      );
    }
    const why = text(input.reason, 'reason', 2000);
    const today = todayInSofia();
    const by = principal.institutionCode;
    history(em, duplicate, duplicate.status, CaseStatus.CLOSED, today, by, `merged into case ${kept.id}: ${why}`.slice(0, 2000), ClosingReason.DUPLICATE);
    if (duplicate.status !== CaseStatus.CLOSED) {
      Object.assign(duplicate, { status: CaseStatus.CLOSED, closedOn: today });
      await endCare(em, duplicate, today);
    }
    Object.assign(duplicate, { closingReason: ClosingReason.DUPLICATE, mergedInto: kept });
    const inKept = new Set((await em.find(CaseParticipant, { childCase: kept, leftOn: null })).map((p) => p.institution.code));
    const told = new Set(inKept);
    // Across scopes: every open referral moves to the kept case, whoever made it.
    const moving = await em.find(
      Referral,
      { childCase: duplicate, status: { $in: [ReferralStatus.PENDING, ReferralStatus.ACCEPTED] } },
      { filters: acrossScopes },
    );
    for (const r of moving) r.childCase = kept;
    for (const p of await em.find(CaseParticipant, { childCase: duplicate, leftOn: null })) {
      told.add(p.institution.code);
      if (inKept.has(p.institution.code)) {
        if (p.viaReferral) endParticipation(p, by, `the case was merged into case ${kept.id}, in which it takes part`);
        continue;
      }
      inKept.add(p.institution.code);
      // A participation by referral follows its referral; one of its own is given in the kept case too.
      if (p.viaReferral) p.childCase = kept;
      else em.create(CaseParticipant, { childCase: kept, institution: p.institution.code, role: p.role, joinedOn: today });
    }
    told.delete(by);
    await record(em, 'casesMerged', { kept, duplicate, reason: why, participants: [...told], by });
    await em.flush();
    return kept;
  },

  /** AP II.6: DAZD's methodological support on a case (BEST_INTERESTS area); the Plan counts the closed cases that had it. */
  async recordMethodologicalSupport(em: EntityManager, principal: Principal, input: RecordMethodologicalSupportInput): Promise<MethodologicalSupport> {
    const c = await caseFor(em, principal, input.caseId, CaseArea.BEST_INTERESTS);
    assertOpen(c);
    const to = input.givenToInstitutionCode ?? null;
    if (to) check(await em.findOne(Institution, { code: to }), 'givenToInstitutionCode', `'${to}' is not an institution code (see institutions)`);
    const support = em.create(MethodologicalSupport, {
      childCase: c,
      givenOn: dayInCase(c, input.givenOn, 'givenOn'),
      givenBy: principal.institutionCode,
      givenTo: to,
      summary: text(input.summary, 'summary', 4000),
    });
    await em.flush();
    return support;
  },

  /** AP I.15.1: a rapid or full best-interests assessment; a full one waits for DAZD's approval (DAZD is told). */
  async recordBestInterests(em: EntityManager, principal: Principal, input: RecordBestInterestsInput): Promise<BestInterestsAssessment> {
    const c = await caseFor(em, principal, input.caseId, CaseArea.BEST_INTERESTS);
    assertOpen(c);
    const madeOn = dayInCase(c, input.madeOn, 'madeOn');
    const assessment = em.create(BestInterestsAssessment, {
      childCase: c,
      kind: input.kind,
      madeBy: principal.institutionCode,
      madeOn,
      findings: text(input.findings, 'findings', 10_000),
      recommendations: text(input.recommendations, 'recommendations', 10_000),
      approval: input.kind === AssessmentKind.FULL ? ApprovalStatus.PENDING : ApprovalStatus.NOT_REQUIRED,
    });
    if (input.kind === AssessmentKind.FULL) await record(em, 'assessmentAwaitingApproval', { assessment });
    await em.flush();
    return assessment;
  },

  /** DAZD approves a full assessment, or returns it with a note. */
  async decideBestInterests(em: EntityManager, principal: Principal, id: string, approval: ApprovalStatus, note?: string): Promise<BestInterestsAssessment> {
    const assessment = await em.findOne(
      BestInterestsAssessment,
      { id: parseId(id, 'assessmentId') },
      { populate: ['childCase'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!assessment) throw notFound('assessment', id, 'assessmentId');
    await caseFor(em, principal, assessment.childCase.id, CaseArea.BEST_INTERESTS, 'assessmentId');
    assertOpen(assessment.childCase);
    check(approval === ApprovalStatus.APPROVED || approval === ApprovalStatus.RETURNED, 'approval', 'is APPROVED or RETURNED');
    if (assessment.approval !== ApprovalStatus.PENDING) {
      throw new ConflictError(`The assessment is ${assessment.approval}: only a full one awaiting approval is decided.`, {
        details: { field: 'assessmentId' },
      });
    }
    Object.assign(assessment, { approval, decidedOn: todayInSofia(), decisionNote: optionalText(note, 'note', 4000) ?? null });
    await record(em, 'assessmentDecided', { assessment, decider: principal.institutionCode });
    await em.flush();
    return assessment;
  },

  /** AP II.8: a need in an area the caller sees in the case, with its plan. */
  async recordNeed(em: EntityManager, principal: Principal, input: RecordNeedInput): Promise<ChildNeed> {
    check((NEED_AREAS as readonly CaseArea[]).includes(input.area), 'area', `a need is in one of ${NEED_AREAS.join(', ')}`);
    const c = await caseFor(em, principal, input.caseId, input.area);
    assertOpen(c);
    const need = em.create(ChildNeed, {
      childCase: c,
      area: input.area,
      description: text(input.description, 'description', 4000),
      plan: optionalText(input.plan, 'plan', 4000) ?? null,
      status: input.status ?? NeedStatus.OPEN,
      recordedBy: principal.institutionCode,
      recordedOn: todayInSofia(),
    });
    await em.flush();
    return need;
  },

  /** AP I.18: DAZD records a monitoring visit to a reception centre. */
  async recordVisit(em: EntityManager, _principal: Principal, input: RecordMonitoringVisitInput): Promise<MonitoringVisit> {
    const visitedOn = dayOf(input.visitedOn, 'visitedOn');
    if (input.followUpDueOn) {
      parseDate(input.followUpDueOn, 'followUpDueOn');
      check(compareDates(input.followUpDueOn, visitedOn) >= 0, 'followUpDueOn', 'is before the visit');
    }
    const visit = em.create(MonitoringVisit, {
      centre: text(input.centre, 'centre', 300),
      municipality: assertMunicipalityCode(input.municipalityCode),
      visitedOn,
      findings: text(input.findings, 'findings', 10_000),
      recommendations: text(input.recommendations, 'recommendations', 10_000),
      followUpDueOn: input.followUpDueOn ?? null,
    });
    await em.flush();
    return visit;
  },

  /** The follow-up of a visit's recommendations. */
  async recordFollowUp(em: EntityManager, id: string, followUp: string, on?: string): Promise<MonitoringVisit> {
    const visit = await em.findOne(MonitoringVisit, { id: parseId(id, 'visitId') });
    if (!visit) throw notFound('monitoring visit', id, 'visitId');
    const day = dayOf(on, 'followedUpOn');
    check(compareDates(day, visit.visitedOn) >= 0, 'followedUpOn', 'is before the visit');
    Object.assign(visit, { followUp: text(followUp, 'followUp', 10_000), followedUpOn: day });
    await em.flush();
    return visit;
  },

  visits(em: EntityManager, page: PageArgs = {}) {
    return paginate(em, MonitoringVisit, () => ({}), page, { key: 'visitedOn', direction: 'desc' });
  },

  /** Referrals to the caller's institution (DAZD: all), pending first; SQL-scoped. */
  referrals(em: EntityManager, status?: ReferralStatus) {
    return em.find(Referral, status ? { status } : {}, {
      orderBy: { status: 'desc', referredOn: 'desc', id: 'asc' },
      limit: 500,
    });
  },

  /** Referrals in the caller's scope, by status if given, a page at a time: newest referral first. */
  referralPage(em: EntityManager, status: ReferralStatus | undefined, page: PageArgs = {}) {
    return paginate(em, Referral, () => (status ? { status } : {}), page, { key: 'referredOn', direction: 'desc' });
  },

  /** AP I.15.1: the approver's work list, the longest waiting first. Who decides (the policy) lists them. */
  awaitingApproval(em: EntityManager, principal: Principal, page: PageArgs = {}) {
    if (!mayPerform(principal.role, 'decideBestInterestsAssessment')) {
      throw new ForbiddenError('Only DAZD approves best-interests assessments (AP I.15.1).', {
        messageBg: 'Само ДАЗД одобрява оценките на най-добрия интерес.',
        details: { field: 'assessmentsAwaitingApproval' },
      });
    }
    return paginate(em, BestInterestsAssessment, () => ({ approval: ApprovalStatus.PENDING }), page, { key: 'madeOn', direction: 'asc' });
  },

  list(em: EntityManager, principal: Principal, filter: ChildCaseFilter = {}, page: PageArgs = {}) {
    // Filtering on "missing" would tell a role which of its cases are missing (a side channel): only
    // roles that read the MISSING area of every case they see may use it (AP I.21, II.7).
    assertReadableFilter(principal.role, filter, { missing: (role: Principal['role']) => ROLE_CASE_AREAS[role]?.includes(CaseArea.MISSING) ?? false });
    const where: FilterQuery<ChildCase>[] = [];
    if (filter.status) where.push({ status: filter.status });
    if (filter.separation) where.push({ separation: filter.separation });
    if (filter.missing !== undefined && filter.missing !== null) where.push({ missingSince: filter.missing ? { $ne: null } : null });
    return paginate(em, ChildCase, () => ({ $and: where }), page, { key: 'identifiedOn', direction: 'desc' });
  },

  async get(em: EntityManager, id: string): Promise<ChildCase> {
    const c = await em.findOne(ChildCase, { id: parseId(id) });
    if (!c) throw notFound('child case', id);
    return c;
  },

  /** AP I.18: visits whose follow-up is past due and not recorded: DAZD and SAR are told, once (the sweep calls it). */
  async notifyOverdueFollowUps(em: EntityManager, today = todayInSofia()): Promise<number> {
    const visits = await em.find(
      MonitoringVisit,
      { followUpDueOn: { $lt: today }, followedUpOn: null, followUpOverdueNotifiedOn: null },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: 500 },
    );
    for (const v of visits) {
      v.followUpOverdueNotifiedOn = today;
      await record(em, 'visitFollowUpOverdue', { visit: v });
    }
    await em.flush();
    return visits.length;
  },

  /** Cases whose child turns 18 within 30 days, not yet told: DAZD and the owner are told, once (the sweep calls it). */
  async notifyComingOfAge(em: EntityManager, today = todayInSofia()): Promise<number> {
    const cases = await em.find(
      ChildCase,
      { status: { $ne: CaseStatus.CLOSED }, comingOfAgeNotifiedOn: null, comesOfAgeOn: { $gte: today, $lte: addDays(today, 30) } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: 500 },
    );
    for (const c of cases) {
      c.comingOfAgeNotifiedOn = today;
      await record(em, 'childComingOfAge', { childCase: c });
    }
    await em.flush();
    return cases.length;
  },
};
