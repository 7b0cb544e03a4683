import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal } from '../access/principal.js';
import type { Role } from '../domain/institutions.js';
import { AgreementStatus, FundingSource, MayorDuty, DutyStatus, MeasureArea, MeasureStatus, TerminationGround } from '../domain/agreements.js';
import { agreementService } from '../modules/agreements/agreement.service.js';
import { planService } from '../modules/agreements/plan.service.js';
import { IntegrationPlan } from '../modules/agreements/integration-plan.entity.js';
import { PlanKind } from '../domain/agreements.js';
import { applicationService } from '../modules/applications/application.service.js';
import { Beneficiary } from '../modules/beneficiaries/beneficiary.entity.js';
import { EducationLevel, FamilyRelation, FamilyStatus, ProtectionKind, Sex } from '../domain/beneficiaries.js';
import { beneficiaryService } from '../modules/beneficiaries/beneficiary.service.js';
import { OffenceKind, ObjectionOutcome } from '../domain/oversight.js';
import { oversightService } from '../modules/oversight/oversight.service.js';
import { institutionCodeOf } from '../domain/institutions.js';
import { addDays, addYears, compareDates, todayInSofia, type CalendarDate } from '../shared/dates.js';
import { withLnchCheckDigit } from '../shared/lnch.js';
import { MeasureService } from '../domain/measure-services.js';
import { asTheHub } from '../read/row-scope.js';

/**
 * A living system for a newcomer: six registered municipalities, dozens of beneficiaries of varied
 * citizenship and status, families with children, agreements in every status, measures with results,
 * an objection and an offence report. Made through the services, so every rule of the Ordinance holds.
 * Development only; idempotent (skipped when the first demo person exists). Dates follow today.
 */
const MARKER_LNCH = withLnchCheckDigit('900000001');
const MUNICIPALITIES = ['SOF46', 'PDV22', 'BGS04', 'BLG03', 'HKV33', 'SZR31'];

const PEOPLE: { given: string; family: string; cyrGiven: string; cyrFamily: string; sex: Sex; citizenship: string | null }[] = [
  { given: 'Ahmad', family: 'Al-Hassan', cyrGiven: 'Ахмад', cyrFamily: 'Ал-Хасан', sex: Sex.MALE, citizenship: 'SY' },
  { given: 'Farida', family: 'Rahimi', cyrGiven: 'Фарида', cyrFamily: 'Рахими', sex: Sex.FEMALE, citizenship: 'AF' },
  { given: 'Yusuf', family: 'Kareem', cyrGiven: 'Юсуф', cyrFamily: 'Карийм', sex: Sex.MALE, citizenship: 'IQ' },
  { given: 'Olena', family: 'Kovalenko', cyrGiven: 'Олена', cyrFamily: 'Коваленко', sex: Sex.FEMALE, citizenship: 'UA' },
  { given: 'Tesfay', family: 'Gebremedhin', cyrGiven: 'Тесфай', cyrFamily: 'Гебремедин', sex: Sex.MALE, citizenship: 'ER' },
  { given: 'Hodan', family: 'Warsame', cyrGiven: 'Ходан', cyrFamily: 'Уарсаме', sex: Sex.FEMALE, citizenship: 'SO' },
  { given: 'Rami', family: 'Nasser', cyrGiven: 'Рами', cyrFamily: 'Насер', sex: Sex.MALE, citizenship: null },
  { given: 'Mariam', family: 'Haidari', cyrGiven: 'Мариам', cyrFamily: 'Хайдари', sex: Sex.FEMALE, citizenship: 'AF' },
  { given: 'Karim', family: 'Benali', cyrGiven: 'Карим', cyrFamily: 'Бенали', sex: Sex.MALE, citizenship: 'DZ' },
  { given: 'Leila', family: 'Ahmadi', cyrGiven: 'Лейла', cyrFamily: 'Ахмади', sex: Sex.FEMALE, citizenship: 'IR' },
  { given: 'Omar', family: 'Haddad', cyrGiven: 'Омар', cyrFamily: 'Хадад', sex: Sex.MALE, citizenship: 'SY' },
  { given: 'Amina', family: 'Yousef', cyrGiven: 'Амина', cyrFamily: 'Юсеф', sex: Sex.FEMALE, citizenship: 'IQ' },
];

/** Deterministic variety: the same demo every time. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const principal = (role: Role, unit: string | null = null): Principal => ({
  role,
  unit,
  subject: 'demo-data',
  institutionCode: institutionCodeOf(role, unit),
  purpose: 'demo data',
});

export async function loadDemoData(orm: MikroORM, log: Logger): Promise<void> {
  // The hub writes its demo data itself, as the principals below, every row in reach.
  const fork = () => asTheHub(orm.em.fork(), 'demo data');
  if (await fork().count(Beneficiary, { lnch: MARKER_LNCH })) return;
  const today = todayInSofia();
  const random = prng(2017);
  let serial = 1;
  const run = <T>(fn: (em: ReturnType<MikroORM['em']['fork']>) => Promise<T>) => fork().transactional(fn);

  for (const code of MUNICIPALITIES) {
    const mayor = principal('MUNICIPALITY', code);
    const application = await run((em) =>
      applicationService.applyToConcludeAgreements(em, mayor, {
        foreignersCount: 10 + Math.floor(random() * 40),
        municipalityInformation: 'Municipal housing, three schools with preparatory groups, a labour office.',
        plannedMeasures: 'Bulgarian language classes, vocational training, GP registration, school enrolment.',
        submittedOn: addYears(today, -4),
      }),
    );
    await run((em) => applicationService.register(em, application.id, addDays(addYears(today, -4), 7)));
  }

  /** One family through the whole procedure; `signedOn` in the past makes older agreements. */
  async function family(index: number, municipality: string, signedOn: CalendarDate, withSpouse: boolean, children: number, draft = false) {
    const person = PEOPLE[index % PEOPLE.length]!;
    const served = addDays(signedOn, -20);
    const decided = addDays(served, -4);
    const protectionKind = random() < 0.7 ? ProtectionKind.REFUGEE_STATUS : ProtectionKind.HUMANITARIAN_STATUS;
    const base = {
      birthDate: `${1975 + Math.floor(random() * 20)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      citizenship: person.citizenship ?? undefined,
      stateless: person.citizenship === null,
      protectionKind,
      protectionDecisionNumber: `${protectionKind === ProtectionKind.REFUGEE_STATUS ? 'RS' : 'HS'}-${3000 + serial}`,
      protectionDecisionDate: decided,
      protectionDecisionServedOn: served,
      currentAddress: `${municipality}, reception address`,
      languages: ['ar', 'en'].slice(0, 1 + Math.floor(random() * 2)),
    };
    const register = (given: string, birthDate: string, sex: Sex, extra: Partial<typeof base> = {}) =>
      run((em) =>
        beneficiaryService.register(em, {
          ...base,
          ...extra,
          lnch: withLnchCheckDigit(String(900000000 + serial++)), // the first is MARKER_LNCH
          givenNameLatin: given,
          familyNameLatin: person.family,
          givenNameCyrillic: person.cyrGiven,
          familyNameCyrillic: person.cyrFamily,
          birthDate,
          sex,
          educationLevel: [EducationLevel.UPPER_SECONDARY, EducationLevel.HIGHER, EducationLevel.PRIMARY][index % 3],
          familyStatus: withSpouse ? FamilyStatus.MARRIED : FamilyStatus.SINGLE,
          integrationProfile: 'Motivated to work; needs Bulgarian language classes.',
        }),
      );
    const holder = await register(person.given, base.birthDate, person.sex);
    const relatives: string[] = [];
    if (withSpouse) {
      const spouse = await register(person.sex === Sex.MALE ? 'Noor' : 'Samir', '1984-03-03', person.sex === Sex.MALE ? Sex.FEMALE : Sex.MALE);
      await run((em) => beneficiaryService.linkFamily(em, holder.id, spouse.id, FamilyRelation.SPOUSE));
      relatives.push(spouse.id);
    }
    for (let c = 0; c < children; c++) {
      const child = await register(['Lina', 'Adam', 'Sara', 'Yara'][c % 4]!, addYears(signedOn, -(4 + c * 4)), c % 2 ? Sex.MALE : Sex.FEMALE, {
        languages: ['ar'],
      });
      await run((em) => beneficiaryService.linkFamily(em, holder.id, child.id, FamilyRelation.CHILD));
      relatives.push(child.id);
    }
    const application = await run((em) => applicationService.applyForAgreement(em, { applicantId: holder.id, submittedOn: addDays(served, 3) }));
    await run((em) => applicationService.forward(em, application.id, municipality, addDays(served, 10)));
    const mayor = principal('MUNICIPALITY', municipality);
    const agreement = await run((em) =>
      agreementService.conclude(em, mayor, {
        applicationId: application.id,
        familyMemberIds: relatives,
        signedOn: draft ? addDays(today, 7) : signedOn,
        draft,
      }),
    );
    if (draft) return { agreement, holder, relatives, mayor };
    // Plans of an agreement past its term can no longer change: measures only for those in force.
    if (compareDates(addYears(signedOn, 1), today) < 0) return { agreement, holder, relatives, mayor };
    // Measures on the holder's plan, some with results.
    const plans = await fork().find(IntegrationPlan, { agreement: agreement.id });
    const adultPlan = plans.find((p) => p.kind === PlanKind.ADULT && p.beneficiary.id === holder.id)!;
    // Health measures are RZI's to write (Art. 23; docs/policy.md), the rest the mayor's.
    const rzi = principal('RZI', municipality.slice(0, 3));
    const measures: [MeasureArea, MeasureService, string, string, typeof mayor][] = [
      [MeasureArea.LANGUAGE, MeasureService.LANGUAGE_COURSE, 'Bulgarian language course, 300 hours', `MUNICIPALITY-${municipality}`, mayor],
      [MeasureArea.EMPLOYMENT, MeasureService.JOB_COUNSELLING, 'Registration with the labour office and job mediation', 'AZ', mayor],
      [MeasureArea.HEALTHCARE, MeasureService.IMMUNISATION, 'Choice of a general practitioner and immunisation check', `RZI-${municipality.slice(0, 3)}`, rzi],
    ];
    for (const [area, service, description, institution, writer] of measures) {
      const measure = await run((em) =>
        planService.addMeasure(em, writer, {
          planId: adultPlan.id,
          area,
          service,
          description,
          responsibleInstitutionCode: institution,
          dueOn: addDays(signedOn, 90),
          fundingSource: FundingSource.EU_FUNDS,
        }),
      );
      if (random() < 0.5 && addDays(signedOn, 60) <= today) {
        await run((em) =>
          planService.recordResult(em, writer, {
            measureId: measure.id,
            status: MeasureStatus.DONE,
            result: 'Completed as planned.',
            recordedOn: addDays(signedOn, 60),
          }),
        );
      }
    }
    const childPlan = plans.find((p) => p.kind === PlanKind.CHILD);
    if (childPlan) {
      await run((em) =>
        planService.recordChildAssessment(em, mayor, {
          planId: childPlan.id,
          educationalNeeds: 'Preparatory group, then grade by age; Bulgarian as a second language.',
          linguisticNeeds: 'Speaks Arabic at home; needs daily Bulgarian.',
          childOpinion: 'Wants to play football and to learn to draw.',
        }),
      );
    }
    await run((em) =>
      agreementService.recordMayorDuty(em, { agreementId: agreement.id, duty: MayorDuty.HOUSING, status: DutyStatus.DONE, statusOn: signedOn }),
    );
    return { agreement, holder, relatives, mayor };
  }

  let index = 0;
  const made: Record<string, number> = {};
  const count = (status: AgreementStatus) => (made[status] = (made[status] ?? 0) + 1);
  for (const municipality of MUNICIPALITIES) {
    // Active, recent.
    for (let i = 0; i < 3; i++) {
      await family(index++, municipality, addDays(today, -(20 + Math.floor(random() * 200))), random() < 0.6, Math.floor(random() * 3));
      count(AgreementStatus.ACTIVE);
    }
    // Extended: signed ten months ago, extended with written consent before its term ran out.
    const extended = await family(index++, municipality, addDays(today, -300), true, 1);
    await run((em) =>
      agreementService.extend(em, {
        agreementId: extended.agreement.id,
        version: 1,
        consentOn: addDays(today, -7),
        consentReference: `Written consent ${municipality}-${index}`,
      }),
    );
    count(AgreementStatus.EXTENDED);
    // Completed: signed three years ago.
    await family(index++, municipality, addYears(today, -3), random() < 0.5, 1);
    count(AgreementStatus.COMPLETED);
  }
  // Terminated on several grounds; on DEATH with a spouse it goes on for the family (Art. 30(2)).
  const grounds = [TerminationGround.LEFT_MUNICIPALITY, TerminationGround.MUTUAL_CONSENT, TerminationGround.DUTIES_NOT_FULFILLED, TerminationGround.DEATH];
  for (const [i, ground] of grounds.entries()) {
    const municipality = MUNICIPALITIES[i]!;
    const f = await family(index++, municipality, addDays(today, -150), ground === TerminationGround.DEATH, 1);
    await run((em) =>
      agreementService.terminate(em, { agreementId: f.agreement.id, version: 1, ground, terminatedOn: addDays(today, -10), note: 'Demo termination' }),
    );
    count(ground === TerminationGround.DEATH ? AgreementStatus.ACTIVE : AgreementStatus.TERMINATED);
  }
  // Transferred to another municipality (Art. 32).
  const mover = await family(index++, 'SOF46', addDays(today, -100), false, 0);
  await run((em) =>
    agreementService.transfer(em, {
      agreementId: mover.agreement.id,
      version: 1,
      toMunicipalityCode: 'PDV22',
      newAddress: 'Plovdiv, new address',
      transferredOn: addDays(today, -30),
    }),
  );
  count(AgreementStatus.TRANSFERRED);

  // An objection to the governor (Art. 18) and an offence report (Art. 24(2)) in Sofia.
  const objecting = await family(index++, 'SOF46', addDays(today, -60), false, 0);
  const governor = principal('GOVERNOR', 'SOF');
  const objection = await run((em) =>
    oversightService.fileObjection(em, governor, {
      agreementId: objecting.agreement.id,
      filedById: objecting.holder.id,
      activity: 'Language classes did not start (Art. 17 p.4).',
      filedOn: addDays(today, -20),
    }),
  );
  await run((em) =>
    oversightService.decideObjection(em, {
      objectionId: objection.id,
      outcome: ObjectionOutcome.UPHELD,
      decision: 'Classes to start within 14 days.',
      decidedOn: addDays(today, -5),
    }),
  );
  await run((em) =>
    oversightService.reportOffence(em, principal('MVR'), {
      beneficiaryId: objecting.holder.id,
      kind: OffenceKind.ADMINISTRATIVE_OFFENCE,
      description: 'Traffic offence',
      committedOn: addDays(today, -15),
      reportedOn: addDays(today, -12),
    }),
  );

  // Applicants still waiting: one in the protection procedure at SAR, one forwarded to Burgas.
  for (const forwardTo of [null, 'BGS04']) {
    const p = PEOPLE[index++ % PEOPLE.length]!;
    const waiting = await run((em) =>
      beneficiaryService.register(em, {
        lnch: withLnchCheckDigit(String(900000000 + serial++)),
        givenNameLatin: p.given,
        familyNameLatin: p.family,
        birthDate: '1993-09-09',
        sex: p.sex,
        citizenship: p.citizenship ?? undefined,
        stateless: p.citizenship === null,
      }),
    );
    const application = await run((em) => applicationService.applyForAgreement(em, { applicantId: waiting.id }));
    if (forwardTo) await run((em) => applicationService.forward(em, application.id, forwardTo));
  }
  // A draft agreement, to be signed next week.
  await family(index++, 'BLG03', addDays(today, -5), false, 0, true);
  count(AgreementStatus.DRAFT);
  log.info({ beneficiaries: serial - 1, agreements: made }, 'loaded the demo data set (development)');
}
