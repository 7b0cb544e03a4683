import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { acrossScopes } from '../../read/row-scope.js';
import { dayOf, addYears, ageOn, compareDates, parseDate, todayInSofia, type CalendarDate } from '../../shared/dates.js';
import { ConflictError, notFound } from '../../shared/errors.js';
import { assertReadableFilter, DataClass } from '../../access/policy.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import { readJson, type JsonSelection } from '../../read/json-read.js';
import type { Row } from '../../read/types.js';
import type { PageArgs } from '../../shared/relay.js';
import { assertVersion, check, optionalText, text } from '../../shared/validate.js';
import { ApplicationStatus } from '../../domain/applications.js';
import { AgreementApplication } from '../applications/agreement-application.entity.js';
import { applicationService } from '../applications/application.service.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { FamilyLink } from '../beneficiaries/family-link.entity.js';
import { assertMunicipalityCode, assertProvinceCode } from '../../domain/reference-data.js';
import { Agreement } from './agreement.entity.js';
import { effectiveStatus, IN_TERM, statusCondition } from './agreement.derived.js';
import { AgreementStatus, CONTINUES_FOR_FAMILY, MayorDuty, MemberRole, PlanKind, TERMINATION_ARTICLE, type DutyStatus } from '../../domain/agreements.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import { AgreementMember } from './agreement-member.entity.js';
import type { AgreementFilter, ConcludeAgreementInput, ExtendAgreementInput, TerminateAgreementInput, TransferAgreementInput } from './agreement.types.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { record } from '../events.js';

/** What each filter of `agreements` reads: the holder's citizenship and protection are identity data. */
const FILTER_CLASSES = {
  status: DataClass.AGREEMENT_TERM,
  municipalityCode: DataClass.AGREEMENT_TERM,
  provinceCode: DataClass.AGREEMENT_TERM,
  signedFrom: DataClass.AGREEMENT_TERM,
  signedTo: DataClass.AGREEMENT_TERM,
  citizenship: DataClass.IDENTITY,
  protectionKind: DataClass.IDENTITY,
} as const;

/** Agreements in force that a person is on (as holder or a member who has not left). */
async function agreementsInForceOf(em: EntityManager, beneficiaryIds: string[], today: CalendarDate) {
  return em.find(AgreementMember, {
    beneficiary: { $in: beneficiaryIds },
    leftOn: null,
    agreement: { status: { $in: IN_TERM }, endsOn: { $gte: today } },
  });
}

export function assertInForce(agreement: Agreement, action: string): void {
  const status = effectiveStatus(agreement);
  if (!IN_TERM.includes(status)) {
    throw new ConflictError(`The agreement is ${status.toLowerCase()}: it cannot be ${action}.`, {
      messageBg: 'Споразумението не е в сила.',
      details: { field: 'agreementId', status },
    });
  }
}

const assertAgreementVersion = (agreement: Agreement, version: number) =>
  assertVersion(agreement.version, version, 'agreement', 'Споразумението е променено междувременно: заредете го отново.');

/** A day given for a change to an agreement (default today): not in the future, not before the signing. */
function dayInTerm(agreement: Agreement, value: string | undefined, field: string): CalendarDate {
  const day = dayOf(value, field);
  check(compareDates(day, agreement.signedOn) >= 0, field, 'is before the agreement was signed');
  return day;
}

/** A concurrent write between our read and our flush loses with CONFLICT too. */
async function flushLocked(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError('The agreement was changed by someone else at the same time: read it again and retry.', {
        details: { field: 'version' },
      });
    }
    throw error;
  }
}

/** Art. 3(4)/(5): a person 18 or over on the day of signing is an adult party; under 18, a child. */
const roleOn = (person: Beneficiary, on: CalendarDate) => (ageOn(person.birthDate, on) >= 18 ? MemberRole.ADULT_FAMILY_MEMBER : MemberRole.CHILD);

/** The holder and the accompanying family on an agreement, with their roles on the given day. */
function addMembers(em: EntityManager, agreement: Agreement, holder: Beneficiary, family: Beneficiary[], on: CalendarDate): void {
  em.create(AgreementMember, { agreement, beneficiary: holder, role: MemberRole.HOLDER, joinedOn: on });
  for (const person of family) em.create(AgreementMember, { agreement, beneficiary: person, role: roleOn(person, on), joinedOn: on });
}

/**
 * On signing: an individual plan for each adult party (Art. 4(2)) and a child's plan for each member
 * under 18 (Art. 3(5): drawn up after the agreement is concluded), and the mayor's checklist (Art. 14).
 */
function addPlansAndDuties(em: EntityManager, agreement: Agreement, members: { beneficiary: Beneficiary; role: MemberRole }[]): void {
  for (const { beneficiary, role } of members) {
    em.create(IntegrationPlan, { agreement, beneficiary, kind: role === MemberRole.CHILD ? PlanKind.CHILD : PlanKind.ADULT });
  }
  for (const duty of Object.values(MayorDuty)) em.create(MayorDutyItem, { agreement, duty });
}

/** Checks that hold on the day of signing, for a conclusion and for signing a draft. */
async function checkParties(em: EntityManager, holder: Beneficiary, familyIds: string[], signedOn: CalendarDate) {
  // Art. 3(1): the party is a foreigner granted asylum or international protection.
  check(
    holder.protectionKind,
    'applicationId',
    'the applicant has not been granted protection yet (Art. 3(1))',
    'на лицето не е предоставена закрила (чл. 3, ал. 1)',
  );
  // A child is not a party: children get their own plan on a parent's agreement (Art. 3(5)).
  check(ageOn(holder.birthDate, signedOn) >= 18, 'applicationId', 'the applicant is under 18: a child is not a party to an agreement (Art. 3(5))');
  // Lock the people (in id order, against deadlocks): no one joins two agreements at once.
  // Across scopes: a relative SAR recorded is not yet in the municipality's scope (not yet a party).
  await em.find(
    Beneficiary,
    { id: { $in: [holder.id, ...familyIds] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, filters: acrossScopes },
  );
  const busy = await agreementsInForceOf(em, [holder.id, ...familyIds], signedOn);
  if (busy.length) {
    throw new ConflictError(`Already on an agreement in force: ${busy.map((m) => m.beneficiary.id).join(', ')}.`, {
      messageBg: 'Лице вече е страна по действащо споразумение.',
      details: { field: 'familyMemberIds' },
    });
  }
}

export const agreementService = {
  /**
   * Art. 3(1): concluded between the foreigner and the mayor; Art. 3(2): for one year; Art. 3(4):
   * adult family members join the one agreement; Art. 3(5): a plan for each member under 18.
   */
  async conclude(em: EntityManager, principal: Principal, input: ConcludeAgreementInput): Promise<Agreement> {
    // Locked until commit: a second conclusion on the same application waits, then sees it CONCLUDED.
    const application = await applicationService.getApplication(em, input.applicationId, 'applicationId', true);
    if (application.status !== ApplicationStatus.FORWARDED) {
      throw new ConflictError(`The application is ${application.status.toLowerCase()}, not forwarded to you by SAR (Art. 20 p.5).`, {
        details: { field: 'applicationId' },
      });
    }
    if (await em.count(Agreement, { application, status: AgreementStatus.DRAFT }, { filters: acrossScopes })) {
      throw new ConflictError('A draft agreement exists for this application: sign it (signAgreement).', { details: { field: 'applicationId' } });
    }
    const holder = await em.findOneOrFail(Beneficiary, application.applicant.id);
    // A draft carries the planned day of signing, which may lie ahead; a signed agreement's day may not.
    const signedOn = input.draft && input.signedOn ? parseDate(input.signedOn, 'signedOn').toString() : dayOf(input.signedOn, 'signedOn');
    check(compareDates(signedOn, application.forwardedOn!) >= 0, 'signedOn', `is before SAR forwarded the applicant (${application.forwardedOn})`);

    const memberIds = [...new Set(input.familyMemberIds.map((id) => parseId(id, 'familyMemberIds')))];
    check(!memberIds.includes(holder.id), 'familyMemberIds', 'lists the holder');
    const links = await em.find(FamilyLink, { beneficiary: holder, relative: { $in: memberIds } }, { populate: ['relative'] });
    const family = links.map((l) => l.relative);
    const unknown = memberIds.filter((id) => !family.some((f) => f.id === id));
    check(unknown.length === 0, 'familyMemberIds', `${unknown.join(', ')} not recorded by SAR as family of the applicant`);
    await checkParties(em, holder, memberIds, signedOn);

    const agreement = em.create(Agreement, {
      municipality: principal.unit!,
      holder,
      application,
      signedOn,
      endsOn: addYears(signedOn, 1), // Art. 3(2): one year
      status: input.draft ? AgreementStatus.DRAFT : AgreementStatus.ACTIVE,
    });
    addMembers(em, agreement, holder, family, signedOn);
    if (!input.draft) {
      addPlansAndDuties(em, agreement, [
        { beneficiary: holder, role: MemberRole.HOLDER },
        ...family.map((f) => ({ beneficiary: f, role: roleOn(f, signedOn) })),
      ]);
      application.status = ApplicationStatus.CONCLUDED;
    }
    await em.flush();
    if (!input.draft) await record(em, 'agreementConcluded', { agreement });
    await em.flush();
    return agreement;
  },

  /** Signs a draft: the term runs from the day of signing (Art. 3(2)); roles and plans follow the ages on that day. */
  async sign(em: EntityManager, input: { agreementId: string; version: number; signedOn?: string }): Promise<Agreement> {
    const agreement = await agreementService.get(em, input.agreementId, 'agreementId', true);
    assertAgreementVersion(agreement, input.version);
    if (agreement.status !== AgreementStatus.DRAFT) {
      throw new ConflictError(`The agreement is ${effectiveStatus(agreement).toLowerCase()}, not a draft: it was signed already.`, {
        details: { field: 'agreementId' },
      });
    }
    const application = await em.findOneOrFail(AgreementApplication, agreement.application!.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const signedOn = dayOf(input.signedOn, 'signedOn');
    check(compareDates(signedOn, application.forwardedOn!) >= 0, 'signedOn', `is before SAR forwarded the applicant (${application.forwardedOn})`);
    const members = await em.find(AgreementMember, { agreement }, { populate: ['beneficiary'] });
    const holder = members.find((m) => m.role === MemberRole.HOLDER)!;
    await checkParties(
      em,
      holder.beneficiary,
      members.filter((m) => m !== holder).map((m) => m.beneficiary.id),
      signedOn,
    );
    for (const member of members) {
      member.joinedOn = signedOn;
      if (member !== holder) member.role = roleOn(member.beneficiary, signedOn);
    }
    addPlansAndDuties(em, agreement, members);
    agreement.signedOn = signedOn;
    agreement.endsOn = addYears(signedOn, 1);
    agreement.status = AgreementStatus.ACTIVE;
    application.status = ApplicationStatus.CONCLUDED;
    await flushLocked(em);
    await record(em, 'agreementConcluded', { agreement });
    await em.flush();
    return agreement;
  },

  /** Art. 3(3): extended once, by one year, on the mayor's proposal, with the foreigner's written consent. */
  async extend(em: EntityManager, input: ExtendAgreementInput): Promise<Agreement> {
    const agreement = await agreementService.get(em, input.agreementId, 'agreementId', true);
    assertAgreementVersion(agreement, input.version);
    // Checked before "in force", so that a second extension is told why.
    if (agreement.extendedOn || agreement.status === AgreementStatus.EXTENDED) {
      throw new ConflictError('Art. 3(3): an agreement is extended once only; this one already was.', {
        messageBg: 'Чл. 3, ал. 3: споразумението се удължава еднократно; то вече е удължено.',
        details: { field: 'agreementId', article: 'Art. 3(3)' },
      });
    }
    assertInForce(agreement, 'extended');
    agreement.extensionConsentOn = dayInTerm(agreement, input.consentOn, 'consentOn');
    agreement.extensionConsentReference = text(input.consentReference, 'consentReference', 500);
    agreement.extendedOn = todayInSofia();
    agreement.endsOn = addYears(agreement.endsOn, 1);
    agreement.status = AgreementStatus.EXTENDED;
    await flushLocked(em);
    await record(em, 'agreementExtended', { agreement });
    await em.flush();
    return agreement;
  },

  /**
   * Art. 30(1) and 31(1) grounds. Art. 30(2): on 30(1) p.1, 3, 4, 5 the agreement goes on for the
   * adult family members: the holder leaves, an adult member becomes the holder, and the agreement
   * stays in force. With no adult member left, or on any other ground, it is TERMINATED.
   */
  async terminate(em: EntityManager, input: TerminateAgreementInput): Promise<Agreement> {
    const agreement = await agreementService.inForce(em, input, 'terminated');
    const on = dayInTerm(agreement, input.terminatedOn, 'terminatedOn');
    const note = optionalText(input.note, 'note', 4000);

    const members = await em.find(AgreementMember, { agreement, leftOn: null }, { populate: ['beneficiary'] });
    const adults = members
      .filter((m) => m.role === MemberRole.ADULT_FAMILY_MEMBER && ageOn(m.beneficiary.birthDate, on) >= 18)
      .sort((a, b) => compareDates(a.beneficiary.birthDate, b.beneficiary.birthDate));
    if (CONTINUES_FOR_FAMILY.has(input.ground) && adults.length > 0) {
      const next = input.newHolderId ? adults.find((m) => m.beneficiary.id === input.newHolderId) : adults[0];
      check(next, 'newHolderId', 'is not an adult family member on this agreement');
      const leaving = members.find((m) => m.role === MemberRole.HOLDER)!;
      leaving.leftOn = on;
      leaving.leftOnGround = input.ground;
      next.role = MemberRole.HOLDER;
      agreement.holder = next.beneficiary;
      agreement.terminationNote = note ?? agreement.terminationNote;
    } else {
      check(!input.newHolderId, 'newHolderId', `only for a continuation under Art. 30(2), not on ${TERMINATION_ARTICLE[input.ground]}`);
      agreement.status = AgreementStatus.TERMINATED;
      agreement.terminatedOn = on;
      agreement.terminationGround = input.ground;
      agreement.terminationNote = note ?? null;
    }
    await flushLocked(em);
    // Art. 14 p.11: an agreement ended early (not one going on for the family, Art. 30(2)).
    if (agreement.status === AgreementStatus.TERMINATED) await record(em, 'agreementTerminated', { agreement });
    await em.flush();
    return agreement;
  },

  /**
   * Art. 32: on a change of current address the foreigner may, once and on their own initiative,
   * conclude a new agreement with another municipality, for no longer than the time left on the first.
   * Recorded by the current municipality; the family moves with the holder.
   */
  async transfer(em: EntityManager, input: TransferAgreementInput): Promise<Agreement> {
    const agreement = await agreementService.inForce(em, input, 'transferred');
    if (agreement.transferredFrom) {
      throw new ConflictError('Art. 32: a foreigner moves an agreement to another municipality once only; this agreement already is the result of a move.', {
        messageBg: 'Чл. 32: новото споразумение с друга община се сключва еднократно.',
        details: { field: 'agreementId', article: 'Art. 32' },
      });
    }
    const to = input.toMunicipalityCode;
    check(to !== agreement.municipality.code, 'toMunicipalityCode', 'is the municipality of the current agreement');
    await applicationService.assertRegistered(em, to, 'toMunicipalityCode', 'it does not conclude agreements');
    const on = dayInTerm(agreement, input.transferredOn, 'transferredOn');

    const members = await em.find(AgreementMember, { agreement, leftOn: null }, { populate: ['beneficiary'] });
    const holder = members.find((m) => m.role === MemberRole.HOLDER)!.beneficiary;
    holder.currentAddress = text(input.newAddress, 'newAddress', 500);
    const next = em.create(Agreement, {
      municipality: to,
      holder,
      signedOn: on,
      endsOn: agreement.endsOn, // Art. 32: no longer than the time left on the first
      status: agreement.status,
      // The one extension of Art. 3(3) is not renewed by a move.
      extendedOn: agreement.extendedOn,
      extensionConsentOn: agreement.extensionConsentOn,
      extensionConsentReference: agreement.extensionConsentReference,
      transferredFrom: agreement,
    });
    const family = members.filter((m) => m.role !== MemberRole.HOLDER).map((m) => m.beneficiary);
    addMembers(em, next, holder, family, on);
    addPlansAndDuties(em, next, [{ beneficiary: holder, role: MemberRole.HOLDER }, ...family.map((f) => ({ beneficiary: f, role: roleOn(f, on) }))]);
    agreement.status = AgreementStatus.TRANSFERRED;
    agreement.transferredOn = on;
    await flushLocked(em);
    await record(em, 'agreementTransferred', { from: agreement, to: next });
    await em.flush();
    return agreement;
  },

  /** Art. 14: the mayor records how each duty stands. */
  async recordMayorDuty(em: EntityManager, input: { agreementId: string; duty: MayorDuty; status: DutyStatus; statusOn?: string; note?: string }) {
    const agreement = await agreementService.get(em, input.agreementId, 'agreementId');
    const item = await em.findOne(MayorDutyItem, { agreement, duty: input.duty });
    check(item, 'agreementId', 'is a draft: the checklist starts when the agreement is signed');
    item.status = input.status;
    item.statusOn = dayInTerm(agreement, input.statusOn, 'statusOn');
    item.note = optionalText(input.note, 'note', 4000) ?? item.note;
    await em.flush();
    return item;
  },

  /** The agreement a change is for: in the caller's scope, at the version the caller read, in force. */
  async inForce(em: EntityManager, input: { agreementId: string; version: number }, action: string): Promise<Agreement> {
    const agreement = await agreementService.get(em, input.agreementId, 'agreementId', true);
    assertAgreementVersion(agreement, input.version);
    assertInForce(agreement, action);
    return agreement;
  },

  /**
   * An agreement in the caller's scope. `lock` for a change: concurrent changes of one agreement queue
   * on its row, and each reads it as the one before left it, so the version check sends every loser
   * CONFLICT (a transfer's new agreement would otherwise meet the winner's in a unique index).
   */
  async get(em: EntityManager, id: string, field = 'id', lock = false): Promise<Agreement> {
    const found = await em.findOne(Agreement, { id: parseId(id, field) }, { lockMode: lock ? LockMode.PESSIMISTIC_WRITE : undefined });
    if (!found) throw notFound('agreement', id, field);
    return found;
  },

  /** One agreement in scope as JSON with what the query selects (one statement), else as an entity; NOT_FOUND otherwise. */
  async read(em: EntityManager, id: string, json?: JsonSelection): Promise<Row<Agreement>> {
    if (!json) return this.get(em, id);
    const [found] = await readJson<Agreement>(em, json, { id: parseId(id, 'id') });
    if (!found) throw notFound('agreement', id, 'id');
    return found;
  },

  list(em: EntityManager, principal: Principal, filter: AgreementFilter = {}, page: PageArgs = {}, json?: JsonSelection) {
    assertReadableFilter(principal.role, filter, FILTER_CLASSES);
    const where: FilterQuery<Agreement>[] = [];
    if (filter.status) where.push(statusCondition(filter.status));
    if (filter.municipalityCode) {
      assertMunicipalityCode(filter.municipalityCode);
      where.push({ municipality: filter.municipalityCode });
    }
    if (filter.provinceCode) {
      assertProvinceCode(filter.provinceCode);
      where.push({ municipality: { province: filter.provinceCode } });
    }
    if (filter.citizenship) where.push({ holder: { citizenship: filter.citizenship } });
    if (filter.protectionKind) where.push({ holder: { protectionKind: filter.protectionKind } });
    if (filter.signedFrom) where.push({ signedOn: { $gte: filter.signedFrom } });
    if (filter.signedTo) where.push({ signedOn: { $lte: filter.signedTo } });
    return paginate(em, Agreement, () => ({ $and: where }), page, { key: 'signedOn', direction: 'desc' }, { json });
  },
};
