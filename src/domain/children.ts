import { registerEnumType } from 'type-graphql';

export enum Separation {
  UNACCOMPANIED = 'UNACCOMPANIED',
  SEPARATED = 'SEPARATED',
  /** AP II.6 covers third-country children's cases generally: a child with its parents, at risk. */
  ACCOMPANIED_AT_RISK = 'ACCOMPANIED_AT_RISK',
}
registerEnumType(Separation, {
  name: 'Separation',
  valuesConfig: {
    UNACCOMPANIED: { description: 'Without parents or any adult responsible for the child.' },
    SEPARATED: { description: 'Without parents or the usual carer, but with another adult (e.g. a relative).' },
    ACCOMPANIED_AT_RISK: { description: 'With a parent or the usual carer, and at risk (AP II.6): why goes in riskReason (CARE area), which it requires.' },
  },
});

/** A case's course (Primero's workflow): identified → assessed → placed → care plan → closed. */
export enum CaseStatus {
  IDENTIFIED = 'IDENTIFIED',
  ASSESSED = 'ASSESSED',
  PLACED = 'PLACED',
  CARE_PLAN = 'CARE_PLAN',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum ClosingReason {
  CAME_OF_AGE = 'CAME_OF_AGE',
  FAMILY_REUNIFICATION = 'FAMILY_REUNIFICATION',
  TRANSFER_TO_ANOTHER_STATE = 'TRANSFER_TO_ANOTHER_STATE',
  WENT_MISSING = 'WENT_MISSING',
  /** The same child's second record: closed by mergeChildCases, pointing to the kept case (ChildCase.mergedInto). */
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}
registerEnumType(ClosingReason, {
  name: 'ClosingReason',
  valuesConfig: {
    DUPLICATE: { description: 'A second record of a child who has a case already: DAZD merged it into that case (mergeChildCases); never given to closeCase.' },
  },
});

/**
 * The parts of a case that are shared by area: a participant sees the areas of its role, and those
 * a referral to it shares (children.policy.ts).
 */
export enum CaseArea {
  IDENTITY = 'IDENTITY',
  AGE = 'AGE',
  CARE = 'CARE',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  LEGAL = 'LEGAL',
  FAMILY_TRACING = 'FAMILY_TRACING',
  LANGUAGE = 'LANGUAGE',
  MISSING = 'MISSING',
  /** Best-interests assessments (AP I.15.1). */
  BEST_INTERESTS = 'BEST_INTERESTS',
}
registerEnumType(CaseArea, {
  name: 'CaseArea',
  description: 'A part of a child’s case: identity, age assessment, care (placement, representative), needs by area, missing-child alerts.',
});

export enum AgeMethod {
  DOCUMENTS = 'DOCUMENTS',
  INTERVIEW = 'INTERVIEW',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  MEDICAL = 'MEDICAL',
  MULTIDISCIPLINARY = 'MULTIDISCIPLINARY',
}
registerEnumType(AgeMethod, { name: 'AgeMethod', description: 'How the age was assessed (AP I.21, Part I).' });

export enum AgeOutcome {
  MINOR = 'MINOR',
  ADULT = 'ADULT',
  INCONCLUSIVE = 'INCONCLUSIVE',
}
registerEnumType(AgeOutcome, {
  name: 'AgeOutcome',
  description: 'In doubt, the person is treated as a child (AP I.21; Directive 2013/32/EU Art. 25(5)).',
  valuesConfig: {
    MINOR: { description: 'A child: comes of age at the lower bound of the range.' },
    ADULT: { description: 'An adult only if the whole range is 18 or over and the result is not disputed; otherwise still a child.' },
    INCONCLUSIVE: { description: 'Doubt remains: a child, who comes of age at the lower bound if it is under 18.' },
  },
});

export enum RepresentativeKind {
  GUARDIAN = 'GUARDIAN',
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
  /** An accompanied child's parent, who represents the child (and consents to referrals). */
  PARENT = 'PARENT',
}
registerEnumType(RepresentativeKind, {
  name: 'RepresentativeKind',
  valuesConfig: { PARENT: { description: "The parent of an accompanied child (ACCOMPANIED_AT_RISK): the child's representative." } },
});

export enum PlacementKind {
  SOCIAL_SERVICE = 'SOCIAL_SERVICE',
  RECEPTION_CENTRE = 'RECEPTION_CENTRE',
  FOSTER_FAMILY = 'FOSTER_FAMILY',
}
registerEnumType(PlacementKind, { name: 'PlacementKind' });

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  DONE = 'DONE',
  REVOKED = 'REVOKED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  valuesConfig: {
    PENDING: { description: 'Awaiting the answer of the institution referred to; it shares nothing yet.' },
    ACCEPTED: { description: 'Accepted: the institution takes part in the case and sees the areas shared.' },
    DECLINED: { description: 'Declined, with the reason; it shares nothing.' },
    DONE: { description: 'Finished: it shares nothing more, unless the institution still takes part in the case for another reason.' },
    REVOKED: { description: 'Withdrawn by the referrer or DAZD: it shares nothing from then on.' },
  },
});

export enum AssessmentKind {
  RAPID = 'RAPID',
  FULL = 'FULL',
}
registerEnumType(AssessmentKind, { name: 'AssessmentKind', description: 'AP I.15.1: a rapid or a full best-interests assessment.' });

export enum ApprovalStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: "DAZD's approval of a full best-interests assessment (a rapid one needs none).",
});

/** The needs of a child and their plan, by area (AP II.8). */
export const NEED_AREAS = [CaseArea.EDUCATION, CaseArea.HEALTH, CaseArea.PSYCHOLOGICAL, CaseArea.LEGAL, CaseArea.FAMILY_TRACING, CaseArea.LANGUAGE] as const;

export enum NeedStatus {
  OPEN = 'OPEN',
  MET = 'MET',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

/** What a referral is for; its type bounds the areas it may share (REFERRAL_AREAS). */
export enum ReferralKind {
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  LEGAL = 'LEGAL',
  FAMILY_TRACING = 'FAMILY_TRACING',
  CARE = 'CARE',
  PROTECTION = 'PROTECTION',
}
registerEnumType(ReferralKind, { name: 'ReferralKind', description: 'What a referral is for: it shares only the areas its type allows.' });

export const REFERRAL_AREAS: Record<ReferralKind, readonly CaseArea[]> = {
  EDUCATION: [CaseArea.EDUCATION, CaseArea.LANGUAGE, CaseArea.IDENTITY],
  HEALTH: [CaseArea.HEALTH, CaseArea.IDENTITY, CaseArea.AGE],
  PSYCHOSOCIAL: [CaseArea.PSYCHOLOGICAL, CaseArea.CARE, CaseArea.IDENTITY, CaseArea.BEST_INTERESTS],
  LEGAL: [CaseArea.LEGAL, CaseArea.IDENTITY, CaseArea.AGE, CaseArea.BEST_INTERESTS],
  FAMILY_TRACING: [CaseArea.FAMILY_TRACING, CaseArea.IDENTITY],
  CARE: [CaseArea.CARE, CaseArea.IDENTITY, CaseArea.MISSING, CaseArea.BEST_INTERESTS],
  // Trafficking and exploitation (NKBTH, AP II.7).
  PROTECTION: [CaseArea.IDENTITY, CaseArea.AGE, CaseArea.MISSING, CaseArea.LEGAL],
};

/** On what basis a referral shares the child's data (as in Primero: consent, or the child's best interests). */
export enum ConsentBasis {
  CHILD_AND_REPRESENTATIVE = 'CHILD_AND_REPRESENTATIVE',
  REPRESENTATIVE = 'REPRESENTATIVE',
  BEST_INTERESTS_WITHOUT_CONSENT = 'BEST_INTERESTS_WITHOUT_CONSENT',
}
registerEnumType(ConsentBasis, {
  name: 'ConsentBasis',
  valuesConfig: {
    CHILD_AND_REPRESENTATIVE: { description: 'The child (heard according to age and maturity) and the representative consented.' },
    REPRESENTATIVE: { description: 'The guardian or legal representative consented.' },
    BEST_INTERESTS_WITHOUT_CONSENT: { description: "Shared without consent because the child's best interests require it: the reason goes in consentNote." },
  },
});
