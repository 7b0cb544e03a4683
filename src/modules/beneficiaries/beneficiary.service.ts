import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { acrossScopes } from '../../read/row-scope.js';
import { compareDates, dayOf } from '../../shared/dates.js';
import { ConflictError, ForbiddenError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { isValidLnch } from '../../shared/lnch.js';
import type { JsonSelection } from '../../read/json-read.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { check, isCountryCode, optionalText, text } from '../../shared/validate.js';
import { INVERSE_RELATION, type FamilyRelation } from '../../domain/beneficiaries.js';
import { Beneficiary } from './beneficiary.entity.js';
import type { BeneficiaryFilter, RecordProtectionDecisionInput, RegisterBeneficiaryInput, UpdateBeneficiaryProfileInput } from './beneficiary.types.js';
import { FamilyLink } from './family-link.entity.js';

type ProtectionFields = Pick<RegisterBeneficiaryInput, 'protectionKind' | 'protectionDecisionNumber' | 'protectionDecisionDate' | 'protectionDecisionServedOn'>;

/** A decision has a kind, number and date; it is served on or after it is made; none lies in the future. */
function checkProtection(input: ProtectionFields): void {
  const { protectionDecisionDate: decided, protectionDecisionServedOn: served } = input;
  if (input.protectionKind) {
    check(decided && input.protectionDecisionNumber, 'protectionDecisionDate', 'a granted protection needs the decision number and date');
  }
  if (decided) {
    check(input.protectionKind, 'protectionKind', 'a protection decision needs the kind of protection granted');
    dayOf(decided, 'protectionDecisionDate');
  }
  if (served) {
    check(decided, 'protectionDecisionServedOn', 'a decision cannot be served before it exists: give protectionDecisionDate');
    dayOf(served, 'protectionDecisionServedOn');
    check(compareDates(served, decided) >= 0, 'protectionDecisionServedOn', 'is before the decision date');
  }
}

function checkIdentity(input: RegisterBeneficiaryInput): void {
  check(isValidLnch(input.lnch), 'lnch', 'is not a valid LNCh: 10 digits whose last is the check digit', 'не е валиден ЛНЧ');
  dayOf(input.birthDate, 'birthDate');
  check(Boolean(input.citizenship) !== Boolean(input.stateless), 'citizenship', 'give a citizenship or stateless: true, not both or neither');
  if (input.citizenship) {
    check(isCountryCode(input.citizenship), 'citizenship', `'${input.citizenship}' is not an ISO 3166-1 alpha-2 country code`);
  }
  checkProtection(input);
}

export const beneficiaryService = {
  async register(em: EntityManager, input: RegisterBeneficiaryInput): Promise<Beneficiary> {
    checkIdentity(input);
    if (await em.count(Beneficiary, { lnch: input.lnch }, { filters: acrossScopes })) {
      throw new ConflictError(`A beneficiary with LNCh ${input.lnch} is already registered.`, {
        messageBg: `Вече има регистрирано лице с ЛНЧ ${input.lnch}.`,
        details: { field: 'lnch' },
      });
    }
    const beneficiary = em.create(Beneficiary, {
      ...input,
      givenNameLatin: text(input.givenNameLatin, 'givenNameLatin', 200),
      familyNameLatin: text(input.familyNameLatin, 'familyNameLatin', 200),
      givenNameCyrillic: optionalText(input.givenNameCyrillic, 'givenNameCyrillic', 200),
      familyNameCyrillic: optionalText(input.familyNameCyrillic, 'familyNameCyrillic', 200),
      citizenship: input.citizenship ?? null,
      stateless: input.stateless ?? false,
      languages: (input.languages ?? []).map((l) => text(l, 'languages', 50)),
    });
    await em.flush();
    return beneficiary;
  },

  async updateProfile(em: EntityManager, principal: Principal, input: UpdateBeneficiaryProfileInput): Promise<Beneficiary> {
    const beneficiary = await beneficiaryService.get(em, input.id);
    if (input.integrationProfile !== undefined && principal.role !== 'SAR') {
      // Art. 20 p.1: the integration profile is SAR's.
      throw new ForbiddenError('Only SAR writes the integration profile (Art. 20 p.1).', {
        messageBg: 'Интеграционният профил се съставя от ДАБ (чл. 20, т. 1).',
        details: { field: 'integrationProfile' },
      });
    }
    const { id: _id, languages, ...rest } = input;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) (beneficiary as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? optionalText(value, key) : value;
    }
    if (languages) beneficiary.languages = languages.map((l) => text(l, 'languages', 50));
    await em.flush();
    return beneficiary;
  },

  /** SAR records the decision on protection, e.g. for an applicant registered during the procedure. */
  async recordProtectionDecision(em: EntityManager, input: RecordProtectionDecisionInput): Promise<Beneficiary> {
    const beneficiary = await beneficiaryService.get(em, input.beneficiaryId, 'beneficiaryId', true);
    checkProtection(input);
    beneficiary.protectionKind = input.protectionKind;
    beneficiary.protectionDecisionNumber = text(input.protectionDecisionNumber, 'protectionDecisionNumber', 100);
    beneficiary.protectionDecisionDate = input.protectionDecisionDate;
    beneficiary.protectionDecisionServedOn = input.protectionDecisionServedOn ?? null;
    await em.flush();
    return beneficiary;
  },

  /** Records a family link both ways (the relative's relation is the inverse). */
  async linkFamily(em: EntityManager, beneficiaryId: string, relativeId: string, relation: FamilyRelation) {
    check(beneficiaryId !== relativeId, 'relativeId', 'a person cannot be their own relative');
    const [beneficiary, relative] = [
      await beneficiaryService.get(em, beneficiaryId, 'beneficiaryId'),
      await beneficiaryService.get(em, relativeId, 'relativeId'),
    ];
    await em.upsertMany(
      FamilyLink,
      [
        { beneficiary, relative, relation },
        { beneficiary: relative, relative: beneficiary, relation: INVERSE_RELATION[relation] },
      ],
      { onConflictFields: ['beneficiary', 'relative'], onConflictAction: 'merge', onConflictMergeFields: ['relation'] },
    );
    return beneficiary;
  },

  /** A lookup in the principal's scope: outside it, NOT_FOUND (never confirm that a row exists). */
  async get(em: EntityManager, id: string, field = 'id', lock = false): Promise<Beneficiary> {
    const found = await em.findOne(Beneficiary, { id: parseId(id, field) }, { lockMode: lock ? LockMode.PESSIMISTIC_WRITE : undefined });
    if (!found) throw notFound('beneficiary', id, field);
    return found;
  },

  list(em: EntityManager, filter: BeneficiaryFilter = {}, page: PageArgs = {}, json?: JsonSelection) {
    const where: Record<string, unknown> = {};
    if (filter.citizenship) where.citizenship = filter.citizenship;
    if (filter.stateless !== undefined) where.stateless = filter.stateless;
    if (filter.protectionKind) where.protectionKind = filter.protectionKind;
    if (filter.lnch) where.lnch = filter.lnch;
    return paginate(em, Beneficiary, () => where, page, { key: 'familyNameLatin', direction: 'asc' }, { json });
  },
};
