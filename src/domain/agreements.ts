import { registerEnumType } from 'type-graphql';

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXTENDED = 'EXTENDED',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an integration agreement stands. COMPLETED is computed: an ACTIVE or EXTENDED agreement past its end date.',
  valuesConfig: {
    DRAFT: { description: 'Prepared by the municipality, not signed yet: no plans yet (Art. 3(5): drawn up after signing).' },
    ACTIVE: { description: 'Signed and within its one-year term (Art. 3(2)).' },
    EXTENDED: { description: 'Extended once by one year (Art. 3(3)) and within the extended term.' },
    COMPLETED: { description: 'Its term has run out (the day after endsOn, in Europe/Sofia).' },
    TERMINATED: { description: 'Ended early on a ground of Art. 30(1) or 31(1).' },
    TRANSFERRED: { description: 'Replaced by an agreement with another municipality (Art. 32).' },
  },
});

export enum MemberRole {
  HOLDER = 'HOLDER',
  ADULT_FAMILY_MEMBER = 'ADULT_FAMILY_MEMBER',
  CHILD = 'CHILD',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  valuesConfig: {
    HOLDER: { description: 'The foreigner who concluded the agreement (Art. 3(1)).' },
    ADULT_FAMILY_MEMBER: { description: 'An accompanying adult family member on the common agreement (Art. 3(4)).' },
    CHILD: { description: 'An accompanying family member under 18, with an individual plan (Art. 3(5)).' },
  },
});

/** Grounds for ending an agreement early, each with its article. */
export enum TerminationGround {
  DEATH = 'DEATH',
  MUTUAL_CONSENT = 'MUTUAL_CONSENT',
  IMPRISONMENT = 'IMPRISONMENT',
  PROTECTION_WITHDRAWN = 'PROTECTION_WITHDRAWN',
  IMPOSSIBILITY = 'IMPOSSIBILITY',
  DUTIES_NOT_FULFILLED = 'DUTIES_NOT_FULFILLED',
  PUBLIC_ORDER_BREACH = 'PUBLIC_ORDER_BREACH',
  LEFT_MUNICIPALITY = 'LEFT_MUNICIPALITY',
}
export const TERMINATION_ARTICLE: Record<TerminationGround, string> = {
  DEATH: 'Art. 30(1) p.1',
  MUTUAL_CONSENT: 'Art. 30(1) p.2',
  IMPRISONMENT: 'Art. 30(1) p.3',
  PROTECTION_WITHDRAWN: 'Art. 30(1) p.4',
  IMPOSSIBILITY: 'Art. 30(1) p.5',
  DUTIES_NOT_FULFILLED: 'Art. 31(1) p.1',
  PUBLIC_ORDER_BREACH: 'Art. 31(1) p.2',
  LEFT_MUNICIPALITY: 'Art. 31(1) p.3',
};

/** The article of an agreement's termination ground, e.g. "Art. 31(1) p.3"; null while not terminated. */
export function terminationArticleOf(agreement: { terminationGround?: TerminationGround | null }): string | null {
  return agreement.terminationGround ? TERMINATION_ARTICLE[agreement.terminationGround] : null;
}

/** Art. 30(2): on these grounds the agreement goes on for the adult family members (Art. 3(4)). */
export const CONTINUES_FOR_FAMILY: ReadonlySet<TerminationGround> = new Set([
  TerminationGround.DEATH,
  TerminationGround.IMPRISONMENT,
  TerminationGround.PROTECTION_WITHDRAWN,
  TerminationGround.IMPOSSIBILITY,
]);
/** Art. 31(2): on these grounds MVR and SAR must be told within 7 days. */
export const NOTIFY_WITHIN_7_DAYS: ReadonlySet<TerminationGround> = new Set([TerminationGround.DUTIES_NOT_FULFILLED, TerminationGround.LEFT_MUNICIPALITY]);
registerEnumType(TerminationGround, {
  name: 'TerminationGround',
  description: 'Ground for ending an agreement early (Art. 30(1), or unilaterally by the mayor, Art. 31(1)).',
  valuesConfig: {
    DEATH: { description: 'Art. 30(1) p.1: death of the foreigner. Goes on for adult family members (30(2)).' },
    MUTUAL_CONSENT: { description: 'Art. 30(1) p.2: mutual consent of the mayor and the foreigner.' },
    IMPRISONMENT: { description: 'Art. 30(1) p.3: final conviction with imprisonment. Goes on for adult family members (30(2)).' },
    PROTECTION_WITHDRAWN: { description: 'Art. 30(1) p.4: protection withdrawn or terminated by a final decision. Goes on for adult family members (30(2)).' },
    IMPOSSIBILITY: { description: 'Art. 30(1) p.5: circumstances that make the activities impossible. Goes on for adult family members (30(2)).' },
    DUTIES_NOT_FULFILLED: {
      description: 'Art. 31(1) p.1 (unilateral, by the mayor): the foreigner does not fulfil the Art. 17 duties. MVR and SAR notified within 7 days (31(2)).',
    },
    PUBLIC_ORDER_BREACH: { description: 'Art. 31(1) p.2 (unilateral, by the mayor): gross breach of public order established by MVR.' },
    LEFT_MUNICIPALITY: {
      description: 'Art. 31(1) p.3 (unilateral, by the mayor): the foreigner permanently left the municipality. MVR and SAR notified within 7 days (31(2)).',
    },
  },
});

export enum PlanKind {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
}
registerEnumType(PlanKind, {
  name: 'PlanKind',
  valuesConfig: {
    ADULT: { description: 'Individual integration plan of an adult party (Art. 4(2)–(3)).' },
    CHILD: { description: "A child's individual integration plan (Art. 3(5), Art. 15)." },
  },
});

export enum MeasureArea {
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  TRAINING = 'TRAINING',
  HOUSING = 'HOUSING',
  HEALTHCARE = 'HEALTHCARE',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  LANGUAGE = 'LANGUAGE',
  OTHER = 'OTHER',
}
registerEnumType(MeasureArea, { name: 'MeasureArea', description: 'Area of an integration measure (Art. 4(3), Art. 5).' });

export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeasureStatus, { name: 'MeasureStatus' });

export enum FundingSource {
  EU_FUNDS = 'EU_FUNDS',
  OTHER_DONORS = 'OTHER_DONORS',
  INTERNATIONAL_ORGANISATIONS = 'INTERNATIONAL_ORGANISATIONS',
  NATIONAL_BUDGET = 'NATIONAL_BUDGET',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Source of funding of a measure (Art. 33(1)).',
  valuesConfig: {
    EU_FUNDS: { description: 'Art. 33(1) p.1: EU funds and programmes (e.g. AMIF / ФУМИ).' },
    OTHER_DONORS: { description: 'Art. 33(1) p.2: funds, programmes and instruments of other donors.' },
    INTERNATIONAL_ORGANISATIONS: { description: 'Art. 33(1) p.3: international institutions and organisations.' },
    NATIONAL_BUDGET: { description: 'Art. 33(1) p.4: national budgets of the consolidated fiscal programme.' },
  },
});

/** The mayor's duties of Art. 14, items 1–14, in order. */
export enum MayorDuty {
  HOUSING = 'HOUSING',
  POPULATION_REGISTER = 'POPULATION_REGISTER',
  IDENTITY_DOCUMENTS = 'IDENTITY_DOCUMENTS',
  LABOUR_OFFICE_REGISTRATION = 'LABOUR_OFFICE_REGISTRATION',
  SOCIAL_ASSISTANCE_REFERRAL = 'SOCIAL_ASSISTANCE_REFERRAL',
  CHILD_PLANS = 'CHILD_PLANS',
  ADMINISTRATIVE_SERVICES = 'ADMINISTRATIVE_SERVICES',
  EDUCATION_OFFICE_REFERRAL = 'EDUCATION_OFFICE_REFERRAL',
  SCHOOL_COVERAGE = 'SCHOOL_COVERAGE',
  GENERAL_PRACTITIONER = 'GENERAL_PRACTITIONER',
  NOTIFY_MVR_AND_SAR = 'NOTIFY_MVR_AND_SAR',
  NOTIFY_RZI_AND_RZOK = 'NOTIFY_RZI_AND_RZOK',
  SPORT = 'SPORT',
  CONTROL = 'CONTROL',
}
registerEnumType(MayorDuty, {
  name: 'MayorDuty',
  description: "The mayor's duties under Art. 14, items 1–14.",
  valuesConfig: {
    HOUSING: { description: 'Art. 14 p.1: organises reception and helps with housing.' },
    POPULATION_REGISTER: { description: 'Art. 14 p.2: enters the family in the population register.' },
    IDENTITY_DOCUMENTS: { description: 'Art. 14 p.3: helps apply for Bulgarian identity documents.' },
    LABOUR_OFFICE_REGISTRATION: { description: 'Art. 14 p.4: helps register with the labour office.' },
    SOCIAL_ASSISTANCE_REFERRAL: { description: 'Art. 14 p.5: refers to the social assistance directorate when needed.' },
    CHILD_PLANS: { description: "Art. 14 p.6: organises the children's individual plans with the social assistance directorate and the legal representative." },
    ADMINISTRATIVE_SERVICES: { description: 'Art. 14 p.7: helps access other administrative services.' },
    EDUCATION_OFFICE_REFERRAL: { description: 'Art. 14 p.8: refers to the regional education office when needed.' },
    SCHOOL_COVERAGE: { description: 'Art. 14 p.9: ensures and checks the coverage of children of compulsory school and pre-school age.' },
    GENERAL_PRACTITIONER: { description: 'Art. 14 p.10: informs about choosing a general practitioner.' },
    NOTIFY_MVR_AND_SAR: { description: 'Art. 14 p.11: notifies MVR and SAR of concluded and early terminated agreements and the grounds.' },
    NOTIFY_RZI_AND_RZOK: { description: 'Art. 14 p.12: notifies the regional health inspectorate and health insurance fund of concluded agreements.' },
    SPORT: { description: 'Art. 14 p.13: gives opportunities to practise sport.' },
    CONTROL: { description: 'Art. 14 p.14: controls the performance of the agreement.' },
  },
});

export enum DutyStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(DutyStatus, { name: 'DutyStatus' });
