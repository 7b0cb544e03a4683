import { registerEnumType } from 'type-graphql';

export enum AgreementStatus {
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
/** Art. 31(1): grounds on which the mayor ends the agreement unilaterally. */
export const UNILATERAL_GROUNDS: ReadonlySet<TerminationGround> = new Set([
  TerminationGround.DUTIES_NOT_FULFILLED,
  TerminationGround.PUBLIC_ORDER_BREACH,
  TerminationGround.LEFT_MUNICIPALITY,
]);
/** Art. 30(2): on these grounds the agreement goes on for the adult family members (Art. 3(4)). */
export const CONTINUES_FOR_FAMILY: ReadonlySet<TerminationGround> = new Set([
  TerminationGround.DEATH,
  TerminationGround.IMPRISONMENT,
  TerminationGround.PROTECTION_WITHDRAWN,
  TerminationGround.IMPOSSIBILITY,
]);
/** Art. 31(2): on these grounds MVR and SAR must be told within 7 days. */
export const NOTIFY_WITHIN_7_DAYS: ReadonlySet<TerminationGround> = new Set([
  TerminationGround.DUTIES_NOT_FULFILLED,
  TerminationGround.LEFT_MUNICIPALITY,
]);
registerEnumType(TerminationGround, {
  name: 'TerminationGround',
  description: 'Ground for ending an agreement early (Art. 30(1), or unilaterally by the mayor, Art. 31(1)).',
  valuesConfig: {
    DEATH: { description: 'Art. 30(1) p.1: death of the foreigner. Goes on for adult family members (30(2)).' },
    MUTUAL_CONSENT: { description: 'Art. 30(1) p.2: mutual consent of the mayor and the foreigner.' },
    IMPRISONMENT: { description: 'Art. 30(1) p.3: final conviction with imprisonment. Goes on for adult family members (30(2)).' },
    PROTECTION_WITHDRAWN: { description: 'Art. 30(1) p.4: protection withdrawn or terminated by a final decision. Goes on for adult family members (30(2)).' },
    IMPOSSIBILITY: { description: 'Art. 30(1) p.5: circumstances that make the activities impossible. Goes on for adult family members (30(2)).' },
    DUTIES_NOT_FULFILLED: { description: 'Art. 31(1) p.1 (unilateral, by the mayor): the foreigner does not fulfil the Art. 17 duties. MVR and SAR notified within 7 days (31(2)).' },
    PUBLIC_ORDER_BREACH: { description: 'Art. 31(1) p.2 (unilateral, by the mayor): gross breach of public order established by MVR.' },
    LEFT_MUNICIPALITY: { description: 'Art. 31(1) p.3 (unilateral, by the mayor): the foreigner permanently left the municipality. MVR and SAR notified within 7 days (31(2)).' },
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
