import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { acrossScopes } from '../../read/row-scope.js';
import { compareDates, dayOf, type Omittable } from '../../shared/dates.js';
import { ConflictError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { check, text } from '../../shared/validate.js';
import { beneficiaryService } from '../beneficiaries/beneficiary.service.js';
import { Municipality } from '../reference/municipality.entity.js';
import { assertMunicipalityCode, assertProvinceCode } from '../../domain/reference-data.js';
import { AgreementApplication } from './agreement-application.entity.js';
import { ApplicationStatus, MunicipalityApplicationStatus } from '../../domain/applications.js';
import { checkApplicationWindow } from './application.rules.js';
import type { AgreementApplicationFilter, ApplyForAgreementInput, ApplyToConcludeAgreementsInput, MunicipalityRegisterFilter } from './application.types.js';
import { MunicipalityApplication } from './municipality-application.entity.js';
import { record } from '../events.js';

export const applicationService = {
  /** SAR records a foreigner's application (Art. 16; §3 for the transitional window). */
  async applyForAgreement(em: EntityManager, input: ApplyForAgreementInput) {
    // Locked: two applications of one person at once would both see none open.
    const applicant = await beneficiaryService.get(em, input.applicantId, 'applicantId', true);
    const submittedOn = dayOf(input.submittedOn, 'submittedOn');
    checkApplicationWindow(applicant, submittedOn);
    // Across scopes: one open application per person, wherever it is.
    const open = await em.count(
      AgreementApplication,
      { applicant, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.FORWARDED] } },
      { filters: acrossScopes },
    );
    if (open) {
      throw new ConflictError('The applicant already has an application under way.', {
        messageBg: 'Лицето вече има подадено заявление, което се разглежда.',
        details: { field: 'applicantId' },
      });
    }
    const application = em.create(AgreementApplication, { applicant, submittedOn });
    await em.flush();
    return application;
  },

  /** Art. 20 p.5: SAR passes the applicant to a mayor of a municipality in its register (Art. 13(4)). */
  async forward(em: EntityManager, applicationId: string, municipalityCode: string, forwardedOn?: Omittable<string>) {
    const application = await applicationService.getApplication(em, applicationId, 'applicationId', true);
    await applicationService.assertRegistered(
      em,
      municipalityCode,
      'municipalityCode',
      'applicants are passed only to registered municipalities (Art. 20 p.5)',
    );
    if (application.status === ApplicationStatus.CONCLUDED || application.status === ApplicationStatus.WITHDRAWN) {
      throw new ConflictError(`The application is ${application.status.toLowerCase()} and cannot be forwarded.`, {
        details: { field: 'applicationId' },
      });
    }
    const day = dayOf(forwardedOn, 'forwardedOn');
    check(compareDates(day, application.submittedOn) >= 0, 'forwardedOn', `is before the application was submitted (${application.submittedOn})`);
    application.forwardedTo = em.getReference(Municipality, municipalityCode);
    application.forwardedOn = day;
    application.status = ApplicationStatus.FORWARDED;
    await record(em, 'applicationForwarded', { application });
    await em.flush();
    return application;
  },

  /** Only a municipality in SAR's register (Art. 13(4)) receives applicants and concludes agreements. */
  async assertRegistered(em: EntityManager, code: string, field: string, consequence: string): Promise<void> {
    assertMunicipalityCode(code, field);
    // SAR's register (Art. 13(4)), across scopes: whoever asks.
    const registered = await em.count(
      MunicipalityApplication,
      { municipality: code, status: MunicipalityApplicationStatus.REGISTERED },
      { filters: acrossScopes },
    );
    check(
      registered > 0,
      field,
      `municipality ${code} is not in SAR's register (Art. 13(4)); ${consequence}`,
      'общината не е вписана в регистъра по чл. 13, ал. 4',
    );
  },

  async getApplication(em: EntityManager, id: string, field = 'id', lock = false) {
    const found = await em.findOne(AgreementApplication, { id: parseId(id, field) }, { lockMode: lock ? LockMode.PESSIMISTIC_WRITE : undefined });
    if (!found) throw notFound('application', id, field);
    return found;
  },

  listApplications(em: EntityManager, filter: AgreementApplicationFilter = {}, page: PageArgs = {}) {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.forwardedTo) where.forwardedTo = filter.forwardedTo;
    return paginate(em, AgreementApplication, () => where, page, {
      key: 'submittedOn',
      direction: 'desc',
    });
  },

  /** Art. 13(1)–(2): the mayor applies to SAR with the number of foreigners, information and planned measures. */
  async applyToConcludeAgreements(em: EntityManager, principal: Principal, input: ApplyToConcludeAgreementsInput) {
    check(
      Number.isInteger(input.foreignersCount) && input.foreignersCount >= 1 && input.foreignersCount <= 10_000,
      'foreignersCount',
      'must be a whole number from 1 to 10000',
    );
    const application = em.create(MunicipalityApplication, {
      municipality: principal.unit!,
      submittedOn: dayOf(input.submittedOn, 'submittedOn'),
      foreignersCount: input.foreignersCount,
      municipalityInformation: text(input.municipalityInformation, 'municipalityInformation', 10_000),
      plannedMeasures: text(input.plannedMeasures, 'plannedMeasures', 10_000),
    });
    await em.flush();
    return application;
  },

  /** Art. 13(4): SAR enters the municipality in its register. */
  async register(em: EntityManager, applicationId: string, registeredOn?: Omittable<string>) {
    const application = await em.findOne(MunicipalityApplication, { id: parseId(applicationId, 'applicationId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw notFound('municipality application', applicationId, 'applicationId');
    if (application.status === MunicipalityApplicationStatus.REGISTERED) {
      throw new ConflictError('The municipality application is already registered.', { details: { field: 'applicationId' } });
    }
    const day = dayOf(registeredOn, 'registeredOn');
    check(compareDates(day, application.submittedOn) >= 0, 'registeredOn', 'is before the application was submitted');
    application.status = MunicipalityApplicationStatus.REGISTERED;
    application.registeredOn = day;
    await em.flush();
    return application;
  },

  listRegister(em: EntityManager, filter: MunicipalityRegisterFilter = {}, page: PageArgs = {}) {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.provinceCode) {
      assertProvinceCode(filter.provinceCode);
      where.municipality = { province: filter.provinceCode };
    }
    return paginate(em, MunicipalityApplication, () => where, page, {
      key: 'submittedOn',
      direction: 'desc',
    });
  },
};
