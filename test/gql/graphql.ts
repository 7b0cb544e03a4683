/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddMeasureInput = {
  area: MeasureArea;
  /** At most 4000 characters; line breaks allowed. */
  description: string;
  dueOn?: string | null | undefined;
  fundingSource?: FundingSource | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** A partner NGO to assign the measure to (its organisation id, e.g. unhcr); only an adult's measure outside health, and only in the municipality's plan. At most 50 characters, one line. */
  partnerOrganisation?: string | null | undefined;
  /** A UUID. */
  planId: string;
  /** Code of the responsible institution, e.g. AZ, RZI-BLG, MUNICIPALITY-SOF46. Only the municipality's plan names another institution (this refers the person to it, Art. 4(2)); every other writer names itself, and AZ, ASP and MON write only for persons already referred to them (docs/access-matrix.md, "Writes that open a record"). At most 50 characters, one line. */
  responsibleInstitutionCode: string;
  /** The kind of service or access (Art. 6–11); one of the area, e.g. SCHOOL for EDUCATION. */
  service?: MeasureService | null | undefined;
};

/** The holder's age at the period's end (signedTo, else today). */
export const AgeGroup = {
  Age_0_6: 'AGE_0_6',
  Age_7_13: 'AGE_7_13',
  Age_14_17: 'AGE_14_17',
  Age_18_34: 'AGE_18_34',
  Age_35_64: 'AGE_35_64',
  Age_65Plus: 'AGE_65_PLUS'
} as const;

export type AgeGroup = typeof AgeGroup[keyof typeof AgeGroup];
/** How the age was assessed (AP I.21, Part I). */
export const AgeMethod = {
  Documents: 'DOCUMENTS',
  Interview: 'INTERVIEW',
  Medical: 'MEDICAL',
  Multidisciplinary: 'MULTIDISCIPLINARY',
  Psychosocial: 'PSYCHOSOCIAL'
} as const;

export type AgeMethod = typeof AgeMethod[keyof typeof AgeMethod];
/** In doubt, the person is treated as a child (AP I.21; Directive 2013/32/EU Art. 25(5)). */
export const AgeOutcome = {
  /** An adult only if the whole range is 18 or over and the result is not disputed; otherwise still a child. */
  Adult: 'ADULT',
  /** Doubt remains: a child, who comes of age at the lower bound if it is under 18. */
  Inconclusive: 'INCONCLUSIVE',
  /** A child: comes of age at the lower bound of the range. */
  Minor: 'MINOR'
} as const;

export type AgeOutcome = typeof AgeOutcome[keyof typeof AgeOutcome];
export type AgreementApplicationFilter = {
  /** Municipality code the applicant was forwarded to. At most 50 characters, one line. */
  forwardedTo?: string | null | undefined;
  status?: ApplicationStatus | null | undefined;
};

/** What to group agreements by: the holder's citizenship, protection, sex and age group (Art. 12(3)), or where and how they stand. */
export const AgreementDimension = {
  AgeGroup: 'AGE_GROUP',
  Citizenship: 'CITIZENSHIP',
  Municipality: 'MUNICIPALITY',
  ProtectionKind: 'PROTECTION_KIND',
  Province: 'PROVINCE',
  Sex: 'SEX',
  Status: 'STATUS'
} as const;

export type AgreementDimension = typeof AgreementDimension[keyof typeof AgreementDimension];
export type AgreementFilter = {
  /** Holder's citizenship, ISO 3166-1 alpha-2. At most 50 characters, one line. */
  citizenship?: string | null | undefined;
  /** At most 50 characters, one line. */
  municipalityCode?: string | null | undefined;
  protectionKind?: ProtectionKind | null | undefined;
  /** At most 50 characters, one line. */
  provinceCode?: string | null | undefined;
  /** Signed on or after. */
  signedFrom?: string | null | undefined;
  /** Signed on or before. */
  signedTo?: string | null | undefined;
  status?: AgreementStatus | null | undefined;
};

/** Which agreements to count; your scope applies first. DRAFT agreements are never counted. */
export type AgreementStatisticsFilter = {
  /** At most 50 characters, one line. */
  municipalityCode?: string | null | undefined;
  /** At most 50 characters, one line. */
  provinceCode?: string | null | undefined;
  /** Signed on or after. */
  signedFrom?: string | null | undefined;
  /** Signed on or before; also the day ages are counted on (default today). */
  signedTo?: string | null | undefined;
  status?: AgreementStatus | null | undefined;
};

/** Where an integration agreement stands. COMPLETED is computed: an ACTIVE or EXTENDED agreement past its end date. */
export const AgreementStatus = {
  /** Signed and within its one-year term (Art. 3(2)). */
  Active: 'ACTIVE',
  /** Its term has run out (the day after endsOn, in Europe/Sofia). */
  Completed: 'COMPLETED',
  /** Prepared by the municipality, not signed yet: no plans yet (Art. 3(5): drawn up after signing). */
  Draft: 'DRAFT',
  /** Extended once by one year (Art. 3(3)) and within the extended term. */
  Extended: 'EXTENDED',
  /** Ended early on a ground of Art. 30(1) or 31(1). */
  Terminated: 'TERMINATED',
  /** Replaced by an agreement with another municipality (Art. 32). */
  Transferred: 'TRANSFERRED'
} as const;

export type AgreementStatus = typeof AgreementStatus[keyof typeof AgreementStatus];
/** A foreigner's application to SAR for an integration agreement (Art. 16). */
export const ApplicationStatus = {
  /** The municipality concluded an agreement with the applicant. */
  Concluded: 'CONCLUDED',
  /** SAR passed the applicant to a municipality in its register (Art. 20 p.5). */
  Forwarded: 'FORWARDED',
  /** Received by SAR. */
  Submitted: 'SUBMITTED',
  /** Withdrawn by the applicant. */
  Withdrawn: 'WITHDRAWN'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
export type ApplyForAgreementInput = {
  /** The foreigner applying (a registered beneficiary). A UUID. */
  applicantId: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** Day SAR received the application; default today (Europe/Sofia). */
  submittedOn?: string | null | undefined;
};

export type ApplyToConcludeAgreementsInput = {
  /** How many foreigners the municipality will take (Art. 13(2)). From 1 to 10000. */
  foreignersCount: number;
  /** Information about the municipality (Art. 13(2)). At most 10000 characters; line breaks allowed. */
  municipalityInformation: string;
  /** Integration measures the municipality plans (Art. 13(2)). At most 10000 characters; line breaks allowed. */
  plannedMeasures: string;
  /** Default today (Europe/Sofia). */
  submittedOn?: string | null | undefined;
};

export type AppointRepresentativeInput = {
  /** Default today; the current representative of the kind ends that day. */
  appointedOn?: string | null | undefined;
  /** A UUID. */
  caseId: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  kind: RepresentativeKind;
  /** At most 300 characters, one line. */
  name: string;
};

/** DAZD's approval of a full best-interests assessment (a rapid one needs none). */
export const ApprovalStatus = {
  Approved: 'APPROVED',
  NotRequired: 'NOT_REQUIRED',
  Pending: 'PENDING',
  Returned: 'RETURNED'
} as const;

export type ApprovalStatus = typeof ApprovalStatus[keyof typeof ApprovalStatus];
/** AP I.15.1: a rapid or a full best-interests assessment. */
export const AssessmentKind = {
  Full: 'FULL',
  Rapid: 'RAPID'
} as const;

export type AssessmentKind = typeof AssessmentKind[keyof typeof AssessmentKind];
export const AttemptOutcome = {
  /** The endpoint answered 2xx. */
  Accepted: 'ACCEPTED',
  /** No answer: connection refused, timeout, or an address the hub may not call. */
  Error: 'ERROR',
  /** The endpoint answered with another status. */
  Rejected: 'REJECTED'
} as const;

export type AttemptOutcome = typeof AttemptOutcome[keyof typeof AttemptOutcome];
export type AuditLogFilter = {
  /** At or after this instant; in the years 1900–2100. */
  from?: string | null | undefined;
  /** At most 50 characters, one line. */
  institutionCode?: string | null | undefined;
  /** At most 50 characters, one line. */
  outcome?: string | null | undefined;
  /** Entries that touched this record. A UUID. */
  recordId?: string | null | undefined;
  /** At most 50 characters, one line. */
  role?: string | null | undefined;
  /** At most 200 characters, one line. */
  subject?: string | null | undefined;
  /** At or before this instant; in the years 1900–2100. */
  to?: string | null | undefined;
};

export type BeneficiaryFilter = {
  /** ISO 3166-1 alpha-2. At most 50 characters, one line. */
  citizenship?: string | null | undefined;
  /** Exact LNCh. At most 10 characters, one line. */
  lnch?: string | null | undefined;
  protectionKind?: ProtectionKind | null | undefined;
  stateless?: boolean | null | undefined;
};

/** A part of a child’s case: identity, age assessment, care (placement, representative), needs by area, missing-child alerts. */
export const CaseArea = {
  Age: 'AGE',
  BestInterests: 'BEST_INTERESTS',
  Care: 'CARE',
  Education: 'EDUCATION',
  FamilyTracing: 'FAMILY_TRACING',
  Health: 'HEALTH',
  Identity: 'IDENTITY',
  Language: 'LANGUAGE',
  Legal: 'LEGAL',
  Missing: 'MISSING',
  Psychological: 'PSYCHOLOGICAL'
} as const;

export type CaseArea = typeof CaseArea[keyof typeof CaseArea];
export const CaseStatus = {
  Assessed: 'ASSESSED',
  CarePlan: 'CARE_PLAN',
  Closed: 'CLOSED',
  Identified: 'IDENTIFIED',
  Placed: 'PLACED'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** A child's age on the period's end: school stages, come of age (18 or over), or not known. */
export const ChildAgeGroup = {
  Age_0_6: 'AGE_0_6',
  Age_7_13: 'AGE_7_13',
  Age_14_17: 'AGE_14_17',
  Age_18Plus: 'AGE_18_PLUS',
  Unknown: 'UNKNOWN'
} as const;

export type ChildAgeGroup = typeof ChildAgeGroup[keyof typeof ChildAgeGroup];
export type ChildCaseFilter = {
  /** true: reported missing now. */
  missing?: boolean | null | undefined;
  separation?: Separation | null | undefined;
  status?: CaseStatus | null | undefined;
};

/** Who the child may be: names in any script, a declared birth date, a nationality, a beneficiary record. Give at least a name or the record. */
export type ChildCaseMatchInput = {
  /** A UUID. */
  beneficiaryId?: string | null | undefined;
  /** Cases with a declared birth date more than a year away are not matches. */
  declaredBirthDate?: string | null | undefined;
  /** At most 200 characters, one line. */
  familyName?: string | null | undefined;
  /** At most 200 characters, one line. */
  givenName?: string | null | undefined;
  /** ISO 3166-1 alpha-2; cases of another nationality are not matches. At most 50 characters, one line. */
  nationality?: string | null | undefined;
};

/** A figure of the children's mechanism (2020 Action Plan); docs/indicators.md defines which records and dates count. */
export const ChildIndicator = {
  /** AP I.15.1: rapid and full best-interests assessments made in the period, by who made them. */
  Assessments: 'ASSESSMENTS',
  /** AP II.6: cases closed in the period (the last closing in it), merged duplicates not counted. */
  CasesClosed: 'CASES_CLOSED',
  /** AP II.6: cases closed in the period with DAZD's methodological support recorded on or before the day they closed. */
  CasesClosedWithSupport: 'CASES_CLOSED_WITH_SUPPORT',
  /** AP II.6: cases open at some time in the period (by the status history), merged duplicates not counted. */
  CasesCoordinated: 'CASES_COORDINATED',
  /** AP II.8: children with a case identified by the period's end, at their status on `to` (CLOSED included). */
  Children: 'CHILDREN',
  /** AP II.8: children whose case was open on `to`, with their status and placement on that day. */
  ChildrenInOpenCases: 'CHILDREN_IN_OPEN_CASES',
  /** AP I.15.1: referrals made in the period, with their outcome as of `to`. */
  Referrals: 'REFERRALS'
} as const;

export type ChildIndicator = typeof ChildIndicator[keyof typeof ChildIndicator];
/** What a figure of the children's mechanism is grouped by; each figure takes the child's dimensions and its own (docs/indicators.md). */
export const ChildIndicatorDimension = {
  /** Age on `to`: from the declared birth date, else from the day the child comes of age (18 minus the years until then); UNKNOWN when neither is recorded. */
  AgeGroup: 'AGE_GROUP',
  /** The kind of institution that made the assessment (assessments). */
  AssessedBy: 'ASSESSED_BY',
  /** RAPID or FULL (assessments). */
  AssessmentKind: 'ASSESSMENT_KIND',
  /** Why the case closed (cases closed). */
  ClosingReason: 'CLOSING_REASON',
  /** The kind of institution that identified the child. */
  IdentifiedBy: 'IDENTIFIED_BY',
  /** ISO 3166-1 alpha-2, or UNKNOWN (unknown or stateless). */
  Nationality: 'NATIONALITY',
  /** The kind of placement on `to` (for a case closed by then, the one it had when it closed); NONE if none (cases coordinated, children). */
  Placement: 'PLACEMENT',
  /** The province of the child's placement on `to` (for a case closed by then, the placement it had when it closed); UNKNOWN if none. */
  Province: 'PROVINCE',
  /** The referral as it stood on `to` (referrals). */
  ReferralOutcome: 'REFERRAL_OUTCOME',
  /** What the referral is for (referrals). */
  ReferralType: 'REFERRAL_TYPE',
  /** Unaccompanied, separated, or accompanied and at risk (Separation). */
  Separation: 'SEPARATION',
  /** FEMALE, MALE, or UNKNOWN. */
  Sex: 'SEX',
  /** The status of the case on `to` (cases coordinated, children). */
  Status: 'STATUS'
} as const;

export type ChildIndicatorDimension = typeof ChildIndicatorDimension[keyof typeof ChildIndicatorDimension];
/** A figure of the children's mechanism over a period, as of its end, grouped by dimensions that fit it (national). */
export type ChildIndicatorQuery = {
  /** First day of the period. */
  from: string;
  /** None: the total only. A dimension that does not fit the figure is refused (BAD_USER_INPUT, field groupBy). At most 13 items. */
  groupBy?: Array<ChildIndicatorDimension>;
  indicator: ChildIndicator;
  /** Last day of the period: statuses, placements, ages and referrals' outcomes are as of this day. */
  to: string;
};

export type CloseCaseInput = {
  /** A UUID. */
  caseId: string;
  /** Default today (Europe/Sofia). */
  closedOn?: string | null | undefined;
  /** At most 2000 characters; line breaks allowed. */
  note?: string | null | undefined;
  reason: ClosingReason;
};

export const ClosingReason = {
  CameOfAge: 'CAME_OF_AGE',
  /** A second record of a child who has a case already: DAZD merged it into that case (mergeChildCases); never given to closeCase. */
  Duplicate: 'DUPLICATE',
  FamilyReunification: 'FAMILY_REUNIFICATION',
  Other: 'OTHER',
  TransferToAnotherState: 'TRANSFER_TO_ANOTHER_STATE',
  WentMissing: 'WENT_MISSING'
} as const;

export type ClosingReason = typeof ClosingReason[keyof typeof ClosingReason];
export type ConcludeAgreementInput = {
  /** The application SAR forwarded to your municipality (Art. 20 p.5); its applicant is the party. A UUID. */
  applicationId: string;
  /** Prepare a DRAFT to sign later with signAgreement. */
  draft?: boolean;
  /** Accompanying family members: adults join the agreement (Art. 3(4)), children get a plan (3(5)). At most 30 items. */
  familyMemberIds?: Array<string>;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** Day of signing (for a draft: the planned day); default today (Europe/Sofia). */
  signedOn?: string | null | undefined;
};

export const ConsentBasis = {
  /** Shared without consent because the child's best interests require it: the reason goes in consentNote. */
  BestInterestsWithoutConsent: 'BEST_INTERESTS_WITHOUT_CONSENT',
  /** The child (heard according to age and maturity) and the representative consented. */
  ChildAndRepresentative: 'CHILD_AND_REPRESENTATIVE',
  /** The guardian or legal representative consented. */
  Representative: 'REPRESENTATIVE'
} as const;

export type ConsentBasis = typeof ConsentBasis[keyof typeof ConsentBasis];
/** A class of data in the access policy (docs/access-matrix.md): what a role's grant is made of. */
export const DataClass = {
  Agreement: 'AGREEMENT',
  AgreementTerm: 'AGREEMENT_TERM',
  Application: 'APPLICATION',
  Audit: 'AUDIT',
  Child: 'CHILD',
  ChildEducation: 'CHILD_EDUCATION',
  ChildStats: 'CHILD_STATS',
  Health: 'HEALTH',
  Identity: 'IDENTITY',
  Monitoring: 'MONITORING',
  Notification: 'NOTIFICATION',
  NotificationContent: 'NOTIFICATION_CONTENT',
  Objection: 'OBJECTION',
  Offence: 'OFFENCE',
  Operations: 'OPERATIONS',
  Plan: 'PLAN',
  Profile: 'PROFILE',
  Pseudonym: 'PSEUDONYM',
  Public: 'PUBLIC',
  Register: 'REGISTER',
  Security: 'SECURITY',
  Session: 'SESSION',
  Stats: 'STATS',
  Structure: 'STRUCTURE',
  Termination: 'TERMINATION',
  Uasc: 'UASC',
  Webhook: 'WEBHOOK'
} as const;

export type DataClass = typeof DataClass[keyof typeof DataClass];
export type DecideObjectionInput = {
  /** Default today (Europe/Sofia). */
  decidedOn?: string | null | undefined;
  /** The reasoned decision. At most 10000 characters; line breaks allowed. */
  decision: string;
  /** A UUID. */
  objectionId: string;
  /** UPHELD, PARTLY_UPHELD or REJECTED. */
  outcome: ObjectionOutcome;
};

export const DeliveryChannel = {
  Hub: 'HUB',
  Webhook: 'WEBHOOK'
} as const;

export type DeliveryChannel = typeof DeliveryChannel[keyof typeof DeliveryChannel];
export const DutyStatus = {
  Done: 'DONE',
  NotApplicable: 'NOT_APPLICABLE',
  Pending: 'PENDING'
} as const;

export type DutyStatus = typeof DutyStatus[keyof typeof DutyStatus];
/** Highest completed level of education (Art. 4(1) p.3 г). */
export const EducationLevel = {
  Higher: 'HIGHER',
  LowerSecondary: 'LOWER_SECONDARY',
  None: 'NONE',
  Primary: 'PRIMARY',
  Unknown: 'UNKNOWN',
  UpperSecondary: 'UPPER_SECONDARY',
  Vocational: 'VOCATIONAL'
} as const;

export type EducationLevel = typeof EducationLevel[keyof typeof EducationLevel];
export type ExtendAgreementInput = {
  /** A UUID. */
  agreementId: string;
  /** Date of the foreigner's written consent (Art. 3(3)). */
  consentOn: string;
  /** Reference of the signed consent document (number, file). At most 500 characters, one line. */
  consentReference: string;
  /** From 0 to 2147483647. */
  version: number;
};

/** How the relative is related to the beneficiary: CHILD means the relative is their child. */
export const FamilyRelation = {
  Child: 'CHILD',
  Other: 'OTHER',
  Parent: 'PARENT',
  Spouse: 'SPOUSE'
} as const;

export type FamilyRelation = typeof FamilyRelation[keyof typeof FamilyRelation];
export const FamilyStatus = {
  Divorced: 'DIVORCED',
  Married: 'MARRIED',
  Single: 'SINGLE',
  Unknown: 'UNKNOWN',
  Widowed: 'WIDOWED'
} as const;

export type FamilyStatus = typeof FamilyStatus[keyof typeof FamilyStatus];
export type FileObjectionInput = {
  /** The activity not (fully) performed. At most 4000 characters; line breaks allowed. */
  activity: string;
  /** A UUID. */
  agreementId: string;
  /** The party objecting: a member of the agreement. A UUID. */
  filedById: string;
  /** Day the governor received it; default today (Europe/Sofia). */
  filedOn?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
};

/** Source of funding of a measure (Art. 33(1)). */
export const FundingSource = {
  /** Art. 33(1) p.1: EU funds and programmes (e.g. AMIF / ФУМИ). */
  EuFunds: 'EU_FUNDS',
  /** Art. 33(1) p.3: international institutions and organisations. */
  InternationalOrganisations: 'INTERNATIONAL_ORGANISATIONS',
  /** Art. 33(1) p.4: national budgets of the consolidated fiscal programme. */
  NationalBudget: 'NATIONAL_BUDGET',
  /** Art. 33(1) p.2: funds, programmes and instruments of other donors. */
  OtherDonors: 'OTHER_DONORS'
} as const;

export type FundingSource = typeof FundingSource[keyof typeof FundingSource];
/** An indicator of Art. 12(1); docs/indicators.md defines which records and dates count. */
export const Indicator = {
  /** Art. 12(1) p.1: Children enrolled in kindergartens and schools. */
  ChildrenInEducation: 'CHILDREN_IN_EDUCATION',
  /** Art. 12(1) p.3: Beneficiaries employed. */
  Employed: 'EMPLOYED',
  /** Art. 12(1) p.2: Beneficiaries enrolled in higher education. */
  HigherEducation: 'HIGHER_EDUCATION',
  /** Art. 12(1) p.4: Beneficiaries who used housing services (by kind of status: group by PROTECTION_KIND). */
  HousingServices: 'HOUSING_SERVICES',
  /** Art. 12(1) p.5: Beneficiaries given social aid and services (Art. 11). */
  SocialAssistance: 'SOCIAL_ASSISTANCE'
} as const;

export type Indicator = typeof Indicator[keyof typeof Indicator];
/** Art. 12(3): country of origin or stateless, sex, age group, kind of status, kind of service or access; and where. */
export const IndicatorDimension = {
  AgeGroup: 'AGE_GROUP',
  Citizenship: 'CITIZENSHIP',
  Municipality: 'MUNICIPALITY',
  ProtectionKind: 'PROTECTION_KIND',
  Province: 'PROVINCE',
  Service: 'SERVICE',
  Sex: 'SEX'
} as const;

export type IndicatorDimension = typeof IndicatorDimension[keyof typeof IndicatorDimension];
/** An indicator over a period, grouped by Art. 12(3) dimensions; your STATS scope applies first. */
export type IndicatorQuery = {
  /** First day of the period. */
  from: string;
  /** None: the total only. At most 7 items. */
  groupBy?: Array<IndicatorDimension>;
  indicator: Indicator;
  /** At most 50 characters, one line. */
  municipalityCode?: string | null | undefined;
  /** At most 50 characters, one line. */
  provinceCode?: string | null | undefined;
  /** Last day of the period; ages are counted on it. */
  to: string;
};

/** Kind of institution taking part in the integration process (domain codes). */
export const InstitutionKind = {
  /** Social Assistance Agency (АСП) */
  Asp: 'ASP',
  /** Employment Agency (АЗ) */
  Az: 'AZ',
  /** Deputy Prime Minister and the Council of Ministers administration */
  Coordinator: 'COORDINATOR',
  /** State Agency for National Security (ДАНС) */
  Dans: 'DANS',
  /** State Agency for Child Protection (ДАЗД) */
  Dazd: 'DAZD',
  /** Regional governor (областен управител), one per province */
  Governor: 'GOVERNOR',
  /** Ministry of Education and Science (МОН) */
  Mon: 'MON',
  /** A municipality, acting through its mayor (община) */
  Municipality: 'MUNICIPALITY',
  /** Ministry of Interior, Migration Directorate (МВР) */
  Mvr: 'MVR',
  /** International or non-governmental partner organisation */
  Ngo: 'NGO',
  /** National Commission for Combating Trafficking in Human Beings (НКБТХ) */
  Nkbth: 'NKBTH',
  /** National Association of Municipalities (НСОРБ) */
  Nsorb: 'NSORB',
  /** Regional Health Inspectorate (РЗИ), one per province */
  Rzi: 'RZI',
  /** Regional Health Insurance Fund (РЗОК), one per province */
  Rzok: 'RZOK',
  /** State Agency for Refugees (ДАБ при МС) */
  Sar: 'SAR'
} as const;

export type InstitutionKind = typeof InstitutionKind[keyof typeof InstitutionKind];
export const MatchReason = {
  /** The same beneficiary record. */
  Beneficiary: 'BENEFICIARY',
  /** Both have a declared birth date, within a year of each other. */
  BirthDate: 'BIRTH_DATE',
  /** A word of the names in common, across Latin and Cyrillic spellings. */
  Name: 'NAME',
  /** Both have the same nationality. */
  Nationality: 'NATIONALITY'
} as const;

export type MatchReason = typeof MatchReason[keyof typeof MatchReason];
/** The mayor's duties under Art. 14, items 1–14. */
export const MayorDuty = {
  /** Art. 14 p.7: helps access other administrative services. */
  AdministrativeServices: 'ADMINISTRATIVE_SERVICES',
  /** Art. 14 p.6: organises the children's individual plans with the social assistance directorate and the legal representative. */
  ChildPlans: 'CHILD_PLANS',
  /** Art. 14 p.14: controls the performance of the agreement. */
  Control: 'CONTROL',
  /** Art. 14 p.8: refers to the regional education office when needed. */
  EducationOfficeReferral: 'EDUCATION_OFFICE_REFERRAL',
  /** Art. 14 p.10: informs about choosing a general practitioner. */
  GeneralPractitioner: 'GENERAL_PRACTITIONER',
  /** Art. 14 p.1: organises reception and helps with housing. */
  Housing: 'HOUSING',
  /** Art. 14 p.3: helps apply for Bulgarian identity documents. */
  IdentityDocuments: 'IDENTITY_DOCUMENTS',
  /** Art. 14 p.4: helps register with the labour office. */
  LabourOfficeRegistration: 'LABOUR_OFFICE_REGISTRATION',
  /** Art. 14 p.11: notifies MVR and SAR of concluded and early terminated agreements and the grounds. */
  NotifyMvrAndSar: 'NOTIFY_MVR_AND_SAR',
  /** Art. 14 p.12: notifies the regional health inspectorate and health insurance fund of concluded agreements. */
  NotifyRziAndRzok: 'NOTIFY_RZI_AND_RZOK',
  /** Art. 14 p.2: enters the family in the population register. */
  PopulationRegister: 'POPULATION_REGISTER',
  /** Art. 14 p.9: ensures and checks the coverage of children of compulsory school and pre-school age. */
  SchoolCoverage: 'SCHOOL_COVERAGE',
  /** Art. 14 p.5: refers to the social assistance directorate when needed. */
  SocialAssistanceReferral: 'SOCIAL_ASSISTANCE_REFERRAL',
  /** Art. 14 p.13: gives opportunities to practise sport. */
  Sport: 'SPORT'
} as const;

export type MayorDuty = typeof MayorDuty[keyof typeof MayorDuty];
/** Area of an integration measure (Art. 4(3), Art. 5). */
export const MeasureArea = {
  Education: 'EDUCATION',
  Employment: 'EMPLOYMENT',
  Healthcare: 'HEALTHCARE',
  Housing: 'HOUSING',
  Language: 'LANGUAGE',
  Other: 'OTHER',
  SocialAssistance: 'SOCIAL_ASSISTANCE',
  Training: 'TRAINING'
} as const;

export type MeasureArea = typeof MeasureArea[keyof typeof MeasureArea];
/** Conditions on measures; each one narrows the list (your scope applies first). */
export type MeasureFilter = {
  /** You may filter only on an area whose measures you may read. */
  area?: MeasureArea | null | undefined;
  /** The agreement's municipality (AGREEMENT_TERM data). At most 50 characters, one line. */
  municipalityCode?: string | null | undefined;
  /** A UUID. */
  planId?: string | null | undefined;
  /** e.g. AZ, RZI-BLG, MUNICIPALITY-SOF46. At most 50 characters, one line. */
  responsibleInstitutionCode?: string | null | undefined;
  status?: MeasureStatus | null | undefined;
};

/** The kind of service or access a measure gives (Art. 6–11); it must belong to the measure’s area. */
export const MeasureService = {
  /** Art. 11 p.8 (SOCIAL_ASSISTANCE): Програми за закрила на детето */
  ChildProtection: 'CHILD_PROTECTION',
  /** Art. 7 p.2 (EMPLOYMENT): Заетост при работодател */
  Employed: 'EMPLOYED',
  /** Art. 10 (HEALTHCARE): Здравни услуги */
  HealthService: 'HEALTH_SERVICE',
  /** Art. 11 p.5 (SOCIAL_ASSISTANCE): Целева помощ за отопление */
  HeatingAid: 'HEATING_AID',
  /** Art. 6 p.2 (EDUCATION): Висше училище */
  HigherEducation: 'HIGHER_EDUCATION',
  /** Art. 11 p.7 (SOCIAL_ASSISTANCE): Заплащане на болнична помощ */
  HospitalCarePayment: 'HOSPITAL_CARE_PAYMENT',
  /** Art. 9 p.1 (HOUSING): Консултиране за жилищно настаняване */
  HousingCounselling: 'HOUSING_COUNSELLING',
  /** Art. 9 p.2 (HOUSING): Жилищно настаняване */
  HousingProvided: 'HOUSING_PROVIDED',
  /** Art. 11 p.3 (SOCIAL_ASSISTANCE): Помощ за лична карта */
  IdCardAid: 'ID_CARD_AID',
  /** Art. 23 p.1-2 (HEALTHCARE): Имунизации */
  Immunisation: 'IMMUNISATION',
  /** Art. 7 p.1 (EMPLOYMENT): Информиране и консултиране за работа */
  JobCounselling: 'JOB_COUNSELLING',
  /** Art. 6 p.1 (EDUCATION): Детска градина */
  Kindergarten: 'KINDERGARTEN',
  /** Art. 4(3) (LANGUAGE): Курс по български език */
  LanguageCourse: 'LANGUAGE_COURSE',
  /** Art. 8 p.2 (TRAINING): Учене през целия живот */
  LifelongLearning: 'LIFELONG_LEARNING',
  /** Art. 11 p.1 (SOCIAL_ASSISTANCE): Месечни социални помощи */
  MonthlySocialAid: 'MONTHLY_SOCIAL_AID',
  /** Art. 11 p.2 (SOCIAL_ASSISTANCE): Еднократни социални помощи */
  OneOffSocialAid: 'ONE_OFF_SOCIAL_AID',
  /** Art. 23 p.3 (HEALTHCARE): Профилактични прегледи */
  ProphylacticExamination: 'PROPHYLACTIC_EXAMINATION',
  /** Art. 6 p.1 (EDUCATION): Училище */
  School: 'SCHOOL',
  /** Art. 7 p.2 (EMPLOYMENT): Самостоятелна заетост */
  SelfEmployed: 'SELF_EMPLOYED',
  /** Art. 11 p.6 (SOCIAL_ASSISTANCE): Социални услуги */
  SocialServices: 'SOCIAL_SERVICES',
  /** Art. 11 p.4 (SOCIAL_ASSISTANCE): Център за временно настаняване */
  TemporaryAccommodation: 'TEMPORARY_ACCOMMODATION',
  /** Art. 8 p.1 (TRAINING): Професионално обучение */
  VocationalTraining: 'VOCATIONAL_TRAINING'
} as const;

export type MeasureService = typeof MeasureService[keyof typeof MeasureService];
export const MeasureStatus = {
  Cancelled: 'CANCELLED',
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  NotDone: 'NOT_DONE',
  Planned: 'PLANNED'
} as const;

export type MeasureStatus = typeof MeasureStatus[keyof typeof MeasureStatus];
export const MemberRole = {
  /** An accompanying adult family member on the common agreement (Art. 3(4)). */
  AdultFamilyMember: 'ADULT_FAMILY_MEMBER',
  /** An accompanying family member under 18, with an individual plan (Art. 3(5)). */
  Child: 'CHILD',
  /** The foreigner who concluded the agreement (Art. 3(1)). */
  Holder: 'HOLDER'
} as const;

export type MemberRole = typeof MemberRole[keyof typeof MemberRole];
/** DAZD merges two cases of the same child (issue 21.4): the duplicate closes as DUPLICATE and points to the kept case. */
export type MergeChildCasesInput = {
  /** The second record of the same child: it closes. A UUID. */
  duplicateCaseId: string;
  /** The case that stays. A UUID. */
  keptCaseId: string;
  /** Why they are the same child (e.g. the same fingerprints, a document). At most 2000 characters; line breaks allowed. */
  reason: string;
};

/** A municipality's application to SAR to conclude agreements (Art. 13(1)). */
export const MunicipalityApplicationStatus = {
  /** Entered by SAR in the register of municipalities (Art. 13(4)). */
  Registered: 'REGISTERED',
  /** Filed by the mayor with SAR. */
  Submitted: 'SUBMITTED'
} as const;

export type MunicipalityApplicationStatus = typeof MunicipalityApplicationStatus[keyof typeof MunicipalityApplicationStatus];
export type MunicipalityRegisterFilter = {
  /** At most 50 characters, one line. */
  provinceCode?: string | null | undefined;
  status?: MunicipalityApplicationStatus | null | undefined;
};

export const NeedStatus = {
  Met: 'MET',
  Open: 'OPEN'
} as const;

export type NeedStatus = typeof NeedStatus[keyof typeof NeedStatus];
/** Each condition narrows the list; none: everything you sent or received. */
export type NotificationFilter = {
  /** true: reported to the COORDINATOR as overdue. */
  escalated?: boolean | null | undefined;
  /** true: the webhook gave up. */
  failed?: boolean | null | undefined;
  kind?: NotificationKind | null | undefined;
  /** true: not delivered, and past its due-by. */
  overdue?: boolean | null | undefined;
  /** true: those you received; false: those you sent. */
  received?: boolean | null | undefined;
  /** true: received and not yet acknowledged. */
  unread?: boolean | null | undefined;
};

/** What the notification tells; `article` names the rule it serves. */
export const NotificationKind = {
  AgreementConcluded: 'AGREEMENT_CONCLUDED',
  AgreementExtended: 'AGREEMENT_EXTENDED',
  AgreementTerminated: 'AGREEMENT_TERMINATED',
  AgreementTransferred: 'AGREEMENT_TRANSFERRED',
  ApplicationForwarded: 'APPLICATION_FORWARDED',
  AssessmentAwaitingApproval: 'ASSESSMENT_AWAITING_APPROVAL',
  AssessmentDecided: 'ASSESSMENT_DECIDED',
  CasesMerged: 'CASES_MERGED',
  CaseClosed: 'CASE_CLOSED',
  ChildComingOfAge: 'CHILD_COMING_OF_AGE',
  ChildFound: 'CHILD_FOUND',
  ChildMissing: 'CHILD_MISSING',
  ChildPlaced: 'CHILD_PLACED',
  ChildReferral: 'CHILD_REFERRAL',
  MonthlyRegister: 'MONTHLY_REGISTER',
  ObjectionDecided: 'OBJECTION_DECIDED',
  ObjectionFiled: 'OBJECTION_FILED',
  OffenceReported: 'OFFENCE_REPORTED',
  OverdueEscalated: 'OVERDUE_ESCALATED',
  ParticipationEnded: 'PARTICIPATION_ENDED',
  PossibleDuplicate: 'POSSIBLE_DUPLICATE',
  ReferralAnswered: 'REFERRAL_ANSWERED',
  ReferralRevoked: 'REFERRAL_REVOKED',
  VisitFollowUpOverdue: 'VISIT_FOLLOW_UP_OVERDUE'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** The regional governor's decision on an objection (Art. 18). */
export const ObjectionOutcome = {
  PartlyUpheld: 'PARTLY_UPHELD',
  Pending: 'PENDING',
  Rejected: 'REJECTED',
  Upheld: 'UPHELD'
} as const;

export type ObjectionOutcome = typeof ObjectionOutcome[keyof typeof ObjectionOutcome];
/** What MVR established (Art. 24(2)): an administrative offence or a crime. */
export const OffenceKind = {
  AdministrativeOffence: 'ADMINISTRATIVE_OFFENCE',
  Crime: 'CRIME'
} as const;

export type OffenceKind = typeof OffenceKind[keyof typeof OffenceKind];
/** A child identified as unaccompanied or separated (AP II.7), or accompanied and at risk (AP II.6). Unknown details may be left out. */
export type OpenCaseInput = {
  /** The child's beneficiary record (in your view of beneficiaries), when protection is sought or granted. A UUID. */
  beneficiaryId?: string | null | undefined;
  declaredBirthDate?: string | null | undefined;
  /** At most 200 characters, one line. */
  familyName?: string | null | undefined;
  /** At most 200 characters, one line. */
  givenName?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** Default today (Europe/Sofia). */
  identifiedOn?: string | null | undefined;
  /** How and where the child was found. At most 500 characters, one line. */
  identifiedWhere: string;
  /** At most 20 items, each at most 50 characters, one line. */
  languages?: Array<string> | null | undefined;
  /** Default true: names as the child declares them. */
  namesDeclared?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2. At most 50 characters, one line. */
  nationality?: string | null | undefined;
  /** Required for ACCOMPANIED_AT_RISK: why the child is at risk (AP II.6). At most 2000 characters; line breaks allowed. */
  riskReason?: string | null | undefined;
  separation: Separation;
  sex?: Sex | null | undefined;
};

export const PlacementKind = {
  FosterFamily: 'FOSTER_FAMILY',
  ReceptionCentre: 'RECEPTION_CENTRE',
  SocialService: 'SOCIAL_SERVICE'
} as const;

export type PlacementKind = typeof PlacementKind[keyof typeof PlacementKind];
export const PlanKind = {
  /** Individual integration plan of an adult party (Art. 4(2)–(3)). */
  Adult: 'ADULT',
  /** A child's individual integration plan (Art. 3(5), Art. 15). */
  Child: 'CHILD'
} as const;

export type PlanKind = typeof PlanKind[keyof typeof PlanKind];
/** Kind of protection granted (§1 of the Ordinance: rights differ by kind). */
export const ProtectionKind = {
  /** Asylum granted by the President (убежище): rights of a Bulgarian citizen, with the exceptions of §1(1). */
  Asylum: 'ASYLUM',
  /** Humanitarian status (хуманитарен статут): rights of a permanent resident (§1(2)). */
  HumanitarianStatus: 'HUMANITARIAN_STATUS',
  /** Refugee status (статут на бежанец): rights of a Bulgarian citizen, with the exceptions of §1(1). */
  RefugeeStatus: 'REFUGEE_STATUS'
} as const;

export type ProtectionKind = typeof ProtectionKind[keyof typeof ProtectionKind];
export type RecordAgeAssessmentInput = {
  /** Default today (Europe/Sofia). */
  assessedOn?: string | null | undefined;
  /** A UUID. */
  caseId: string;
  /** Default false. true: the result is disputed (e.g. the child or the representative appeals it); the person is treated as a child until a later assessment with disputed false decides the dispute (Directive 2013/32/EU Art. 25(5)). */
  disputed?: boolean | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** From 0 to 40. */
  maxAge: number;
  method: AgeMethod;
  /** From 0 to 40. */
  minAge: number;
  outcome: AgeOutcome;
};

export type RecordBestInterestsInput = {
  /** A UUID. */
  caseId: string;
  /** At most 10000 characters; line breaks allowed. */
  findings: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  kind: AssessmentKind;
  /** Default today (Europe/Sofia). */
  madeOn?: string | null | undefined;
  /** At most 10000 characters; line breaks allowed. */
  recommendations: string;
};

/** A child's needs assessment and opinion (Art. 15); omitted fields stay as they are. */
export type RecordChildAssessmentInput = {
  /** At most 4000 characters; line breaks allowed. */
  childOpinion?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  culturalNeeds?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  educationalNeeds?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  ethnicNeeds?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  healthNeeds?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  linguisticNeeds?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  physicalNeeds?: string | null | undefined;
  /** A UUID. */
  planId: string;
  /** At most 4000 characters; line breaks allowed. */
  religiousNeeds?: string | null | undefined;
};

export type RecordMayorDutyInput = {
  /** A UUID. */
  agreementId: string;
  duty: MayorDuty;
  /** At most 4000 characters; line breaks allowed. */
  note?: string | null | undefined;
  status: DutyStatus;
  /** Default today (Europe/Sofia). */
  statusOn?: string | null | undefined;
};

export type RecordMeasureResultInput = {
  /** A UUID. */
  measureId: string;
  /** Default today (Europe/Sofia). */
  recordedOn?: string | null | undefined;
  /** Required when the measure is DONE or NOT_DONE. At most 4000 characters; line breaks allowed. */
  result?: string | null | undefined;
  status: MeasureStatus;
};

/** AP II.6: DAZD's methodological support on a case, to secure the child's best interests. */
export type RecordMethodologicalSupportInput = {
  /** A UUID. */
  caseId: string;
  /** Default today (Europe/Sofia). */
  givenOn?: string | null | undefined;
  /** The institution supported (e.g. ASP, MUNICIPALITY-SOF46); none: the participants at large. At most 50 characters, one line. */
  givenToInstitutionCode?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** What the support was: guidance, a case conference, a review of the plan. At most 4000 characters; line breaks allowed. */
  summary: string;
};

export type RecordMonitoringVisitInput = {
  /** The centre visited. At most 300 characters, one line. */
  centre: string;
  /** At most 10000 characters; line breaks allowed. */
  findings: string;
  followUpDueOn?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** At most 50 characters, one line. */
  municipalityCode: string;
  /** At most 10000 characters; line breaks allowed. */
  recommendations: string;
  /** Default today (Europe/Sofia). */
  visitedOn?: string | null | undefined;
};

export type RecordNeedInput = {
  /** EDUCATION, HEALTH, PSYCHOLOGICAL, LEGAL, FAMILY_TRACING or LANGUAGE: an area you see in the case. */
  area: CaseArea;
  /** A UUID. */
  caseId: string;
  /** At most 4000 characters; line breaks allowed. */
  description: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** The plan for it (future development, AP II.8). At most 4000 characters; line breaks allowed. */
  plan?: string | null | undefined;
  status?: NeedStatus | null | undefined;
};

export type RecordPlacementInput = {
  /** A UUID. */
  caseId: string;
  /** Default today; the current placement ends that day. */
  fromDate?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  kind: PlacementKind;
  /** At most 50 characters, one line. */
  municipalityCode: string;
  /** The service, centre or family. At most 300 characters, one line. */
  provider: string;
};

/** The decision granting protection, recorded by SAR once it is made and served. */
export type RecordProtectionDecisionInput = {
  /** A UUID. */
  beneficiaryId: string;
  protectionDecisionDate: string;
  /** At most 100 characters, one line. */
  protectionDecisionNumber: string;
  /** When it was served on the foreigner (starts the 14 days of Art. 16). */
  protectionDecisionServedOn?: string | null | undefined;
  protectionKind: ProtectionKind;
};

export type RecordSecurityAssessmentInput = {
  /** Default today (Europe/Sofia). */
  assessedOn?: string | null | undefined;
  /** A beneficiary with an integration agreement. A UUID. */
  beneficiaryId: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** At most 200 characters, one line. */
  reference?: string | null | undefined;
  riskLevel: RiskLevel;
  /** At most 4000 characters; line breaks allowed. */
  summary: string;
};

export type ReferCaseInput = {
  /** A UUID. */
  caseId: string;
  /** On what basis the child’s data is shared. */
  consent: ConsentBasis;
  /** Required when shared without consent: why the child’s best interests require it. At most 2000 characters; line breaks allowed. */
  consentNote?: string | null | undefined;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** At most 2000 characters; line breaks allowed. */
  reason: string;
  /** The areas the referral shares: only areas you see yourself, and its type allows. At most 11 items. */
  sharedAreas: Array<CaseArea>;
  /** e.g. MON, RZI-SOF, ASP. At most 50 characters, one line. */
  toInstitutionCode: string;
  /** What the referral is for; it bounds the areas shared. */
  type: ReferralKind;
};

/** What a referral is for: it shares only the areas its type allows. */
export const ReferralKind = {
  Care: 'CARE',
  Education: 'EDUCATION',
  FamilyTracing: 'FAMILY_TRACING',
  Health: 'HEALTH',
  Legal: 'LEGAL',
  Protection: 'PROTECTION',
  Psychosocial: 'PSYCHOSOCIAL'
} as const;

export type ReferralKind = typeof ReferralKind[keyof typeof ReferralKind];
export const ReferralStatus = {
  /** Accepted: the institution takes part in the case and sees the areas shared. */
  Accepted: 'ACCEPTED',
  /** Declined, with the reason; it shares nothing. */
  Declined: 'DECLINED',
  /** Finished: it shares nothing more, unless the institution still takes part in the case for another reason. */
  Done: 'DONE',
  /** Awaiting the answer of the institution referred to; it shares nothing yet. */
  Pending: 'PENDING',
  /** Withdrawn by the referrer or DAZD: it shares nothing from then on. */
  Revoked: 'REVOKED'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
/** Data SAR records about a foreigner (Art. 4(4), Art. 20 p.1). */
export type RegisterBeneficiaryInput = {
  birthDate: string;
  /** ISO 3166-1 alpha-2, e.g. SY. Omit when stateless. At most 50 characters, one line. */
  citizenship?: string | null | undefined;
  /** At most 500 characters, one line. */
  currentAddress?: string | null | undefined;
  /** Default UNKNOWN. May be left out, but not null. */
  educationLevel?: EducationLevel | null | undefined;
  /** At most 200 characters, one line. */
  familyNameCyrillic?: string | null | undefined;
  /** At most 200 characters, one line. */
  familyNameLatin: string;
  /** Default UNKNOWN. May be left out, but not null. */
  familyStatus?: FamilyStatus | null | undefined;
  /** At most 200 characters, one line. */
  givenNameCyrillic?: string | null | undefined;
  /** At most 200 characters, one line. */
  givenNameLatin: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  integrationProfile?: string | null | undefined;
  /** ISO 639-1 codes or names. At most 20 items, each at most 50 characters, one line. */
  languages?: Array<string> | null | undefined;
  /** Personal number of a foreigner (ЛНЧ), 10 digits with a check digit. At most 10 characters, one line. */
  lnch: string;
  /** At most 4000 characters; line breaks allowed. */
  professionalExperience?: string | null | undefined;
  protectionDecisionDate?: string | null | undefined;
  /** At most 100 characters, one line. */
  protectionDecisionNumber?: string | null | undefined;
  protectionDecisionServedOn?: string | null | undefined;
  protectionKind?: ProtectionKind | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  qualifications?: string | null | undefined;
  sex: Sex;
  stateless?: boolean | null | undefined;
};

export type ReportOffenceInput = {
  /** A UUID. */
  beneficiaryId: string;
  committedOn: string;
  /** At most 4000 characters; line breaks allowed. */
  description: string;
  /** A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely"). At most 100 characters, one line. */
  idempotencyKey?: string | null | undefined;
  kind: OffenceKind;
  /** Default today (Europe/Sofia). */
  reportedOn?: string | null | undefined;
};

export const RepresentativeKind = {
  Guardian: 'GUARDIAN',
  LegalRepresentative: 'LEGAL_REPRESENTATIVE',
  /** The parent of an accompanied child (ACCOMPANIED_AT_RISK): the child's representative. */
  Parent: 'PARENT'
} as const;

export type RepresentativeKind = typeof RepresentativeKind[keyof typeof RepresentativeKind];
/** National-security risk identified by DANS (Art. 26). */
export const RiskLevel = {
  High: 'HIGH',
  Low: 'LOW',
  Medium: 'MEDIUM',
  None: 'NONE'
} as const;

export type RiskLevel = typeof RiskLevel[keyof typeof RiskLevel];
/** Role of the principal: the institution kind it acts for (docs/policy.md, "Roles"), or ADMIN. */
export const Role = {
  Admin: 'ADMIN',
  Asp: 'ASP',
  Az: 'AZ',
  Coordinator: 'COORDINATOR',
  Dans: 'DANS',
  Dazd: 'DAZD',
  Governor: 'GOVERNOR',
  Mon: 'MON',
  Municipality: 'MUNICIPALITY',
  Mvr: 'MVR',
  Ngo: 'NGO',
  Nkbth: 'NKBTH',
  Nsorb: 'NSORB',
  Rzi: 'RZI',
  Rzok: 'RZOK',
  Sar: 'SAR'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type SecurityAssessmentFilter = {
  /** A UUID. */
  beneficiaryId?: string | null | undefined;
  riskLevel?: RiskLevel | null | undefined;
};

export const Separation = {
  /** With a parent or the usual carer, and at risk (AP II.6): why goes in riskReason (CARE area), which it requires. */
  AccompaniedAtRisk: 'ACCOMPANIED_AT_RISK',
  /** Without parents or the usual carer, but with another adult (e.g. a relative). */
  Separated: 'SEPARATED',
  /** Without parents or any adult responsible for the child. */
  Unaccompanied: 'UNACCOMPANIED'
} as const;

export type Separation = typeof Separation[keyof typeof Separation];
/** Sex as recorded in the protection decision. */
export const Sex = {
  Female: 'FEMALE',
  Male: 'MALE'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
export type SignAgreementInput = {
  /** A UUID. */
  agreementId: string;
  /** Day of signing; default today (Europe/Sofia). */
  signedOn?: string | null | undefined;
  /** From 0 to 2147483647. */
  version: number;
};

export type TerminateAgreementInput = {
  /** A UUID. */
  agreementId: string;
  ground: TerminationGround;
  /** Art. 30(2): the adult family member who holds the continuing agreement; default the eldest. A UUID. */
  newHolderId?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed. */
  note?: string | null | undefined;
  /** Default today (Europe/Sofia). */
  terminatedOn?: string | null | undefined;
  /** From 0 to 2147483647. */
  version: number;
};

/** Ground for ending an agreement early (Art. 30(1), or unilaterally by the mayor, Art. 31(1)). */
export const TerminationGround = {
  /** Art. 30(1) p.1: death of the foreigner. Goes on for adult family members (30(2)). */
  Death: 'DEATH',
  /** Art. 31(1) p.1 (unilateral, by the mayor): the foreigner does not fulfil the Art. 17 duties. MVR and SAR notified within 7 days (31(2)). */
  DutiesNotFulfilled: 'DUTIES_NOT_FULFILLED',
  /** Art. 30(1) p.5: circumstances that make the activities impossible. Goes on for adult family members (30(2)). */
  Impossibility: 'IMPOSSIBILITY',
  /** Art. 30(1) p.3: final conviction with imprisonment. Goes on for adult family members (30(2)). */
  Imprisonment: 'IMPRISONMENT',
  /** Art. 31(1) p.3 (unilateral, by the mayor): the foreigner permanently left the municipality. MVR and SAR notified within 7 days (31(2)). */
  LeftMunicipality: 'LEFT_MUNICIPALITY',
  /** Art. 30(1) p.2: mutual consent of the mayor and the foreigner. */
  MutualConsent: 'MUTUAL_CONSENT',
  /** Art. 30(1) p.4: protection withdrawn or terminated by a final decision. Goes on for adult family members (30(2)). */
  ProtectionWithdrawn: 'PROTECTION_WITHDRAWN',
  /** Art. 31(1) p.2 (unilateral, by the mayor): gross breach of public order established by MVR. */
  PublicOrderBreach: 'PUBLIC_ORDER_BREACH'
} as const;

export type TerminationGround = typeof TerminationGround[keyof typeof TerminationGround];
/** Art. 32: the foreigner moves, once and on their own initiative, to another municipality. */
export type TransferAgreementInput = {
  /** A UUID. */
  agreementId: string;
  /** The new current address registration. At most 500 characters, one line. */
  newAddress: string;
  /** Code of the receiving municipality (in SAR’s register). At most 50 characters, one line. */
  toMunicipalityCode: string;
  /** Day of the new agreement; default today (Europe/Sofia). */
  transferredOn?: string | null | undefined;
  /** From 0 to 2147483647. */
  version: number;
};

/** Profile data (PROFILE class); omitted fields stay as they are. */
export type UpdateBeneficiaryProfileInput = {
  /** May be left out, but not null. */
  educationLevel?: EducationLevel | null | undefined;
  /** May be left out, but not null. */
  familyStatus?: FamilyStatus | null | undefined;
  /** A UUID. */
  id: string;
  /** SAR only (Art. 20 p.1); null clears it. At most 4000 characters; line breaks allowed. */
  integrationProfile?: string | null | undefined;
  /** ISO 639-1 codes or names; replaces the list. At most 20 items, each at most 50 characters, one line. */
  languages?: Array<string> | null | undefined;
  /** null clears it. At most 4000 characters; line breaks allowed. */
  professionalExperience?: string | null | undefined;
  /** null clears it. At most 4000 characters; line breaks allowed. */
  qualifications?: string | null | undefined;
};

/** Corrects or completes the child's identity and profile (IDENTITY area). Give only what changes: a field left out stays as it is, null clears it (where it may be empty). The case's version is the one you read: CONFLICT when someone changed it since. */
export type UpdateChildCaseInput = {
  /** Links the child's beneficiary record (in your view of beneficiaries) once protection is sought or granted; null unlinks it. A UUID. */
  beneficiaryId?: string | null | undefined;
  /** A UUID. */
  caseId: string;
  /** When it changes, comesOfAgeOn is computed again by the age rule (docs/children.md). */
  declaredBirthDate?: string | null | undefined;
  /** At most 200 characters, one line. */
  familyName?: string | null | undefined;
  /** At most 200 characters, one line. */
  givenName?: string | null | undefined;
  /** At most 500 characters, one line. */
  identifiedWhere?: string | null | undefined;
  /** The whole list (it replaces the one recorded). At most 20 items, each at most 50 characters, one line. */
  languages?: Array<string> | null | undefined;
  /** The names are as the child declares them (not from a document). */
  namesDeclared?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2. At most 50 characters, one line. */
  nationality?: string | null | undefined;
  /** Why: kept in the change log with each change. At most 2000 characters; line breaks allowed. */
  note?: string | null | undefined;
  /** ACCOMPANIED_AT_RISK: why the child is at risk (CARE area; it cannot be cleared while the child is so). At most 2000 characters; line breaks allowed. */
  riskReason?: string | null | undefined;
  separation?: Separation | null | undefined;
  sex?: Sex | null | undefined;
  /** The version you read (ChildCase.version). From 0 to 2147483647. */
  version: number;
};

/** Updates a child's need (its area must be one you see in the case): its description, plan or status, e.g. MET (AP II.8). */
export type UpdateChildNeedInput = {
  /** At most 4000 characters; line breaks allowed. */
  description?: string | null | undefined;
  /** A UUID. */
  needId: string;
  /** Why: kept in the change log with each change. At most 2000 characters; line breaks allowed. */
  note?: string | null | undefined;
  /** null clears it. At most 4000 characters; line breaks allowed. */
  plan?: string | null | undefined;
  status?: NeedStatus | null | undefined;
  /** The version you read (ChildNeed.version). From 0 to 2147483647. */
  version: number;
};

export type AgreementFieldsFragment = { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null };

export type ConcludeAgreementMutationVariables = Exact<{
  input: ConcludeAgreementInput;
}>;


export type ConcludeAgreementMutation = { concludeAgreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type ExtendAgreementMutationVariables = Exact<{
  input: ExtendAgreementInput;
}>;


export type ExtendAgreementMutation = { extendAgreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type TerminateAgreementMutationVariables = Exact<{
  input: TerminateAgreementInput;
}>;


export type TerminateAgreementMutation = { terminateAgreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type AgreementQueryVariables = Exact<{
  id: string;
}>;


export type AgreementQuery = { agreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type AgreementsQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AgreementStatus, signedOn: string } }> } };

export type AgreementPageQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AgreementPageQuery = { agreements: { edges: Array<{ node: { id: string, status: AgreementStatus, municipality: { code: string, nameBg: string }, holder: { id: string, givenNameLatin: string, family: Array<{ relation: FamilyRelation, relative: { id: string } }> | null } | null, members: Array<{ role: MemberRole, beneficiary: { id: string } | null }> | null, plans: Array<{ kind: PlanKind | null, measures: Array<{ id: string, area: MeasureArea, responsibleInstitution: { code: string } }> }> | null } }> } };

export type AddMeasureMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type AddMeasureMutation = { addMeasure: { id: string, area: MeasureArea, status: MeasureStatus, dueOn: string | null, fundingSource: FundingSource | null, responsibleInstitution: { code: string } } };

export type RecordMeasureResultMutationVariables = Exact<{
  input: RecordMeasureResultInput;
}>;


export type RecordMeasureResultMutation = { recordMeasureResult: { id: string, status: MeasureStatus, result: string | null, resultRecordedOn: string | null } };

export type RecordChildAssessmentMutationVariables = Exact<{
  input: RecordChildAssessmentInput;
}>;


export type RecordChildAssessmentMutation = { recordChildAssessment: { id: string, kind: PlanKind | null, educationalNeeds: string | null, linguisticNeeds: string | null, childOpinion: string | null } };

export type TransferAgreementMutationVariables = Exact<{
  input: TransferAgreementInput;
}>;


export type TransferAgreementMutation = { transferAgreement: { id: string, status: AgreementStatus, transferredOn: string | null, version: number, transferredTo: { id: string } | null } };

export type AgreementWithPredecessorQueryVariables = Exact<{
  id: string;
}>;


export type AgreementWithPredecessorQuery = { agreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, transferredFrom: { id: string, status: AgreementStatus, transferredOn: string | null } | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type AgreementDutiesQueryVariables = Exact<{
  id: string;
}>;


export type AgreementDutiesQuery = { agreement: { id: string, duties: Array<{ item: number, duty: MayorDuty, status: DutyStatus, statusOn: string | null, note: string | null }> | null } };

export type RecordMayorDutyMutationVariables = Exact<{
  input: RecordMayorDutyInput;
}>;


export type RecordMayorDutyMutation = { recordMayorDuty: { item: number, duty: MayorDuty, status: DutyStatus, statusOn: string | null, note: string | null } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { signAgreement: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, version: number, extendedOn: string | null, extensionConsentOn: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, municipality: { code: string }, holder: { id: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string } | null }> | null } };

export type MeasureIdsQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MeasureIdsQuery = { measures: { edges: Array<{ node: { id: string } }> } };

export type AgreementStatusQueryVariables = Exact<{
  id: string;
}>;


export type AgreementStatusQuery = { agreement: { status: AgreementStatus } };

export type AgreementTerminationQueryVariables = Exact<{
  id: string;
}>;


export type AgreementTerminationQuery = { agreement: { status: AgreementStatus, terminationGround: TerminationGround | null, terminationArticle: string | null } };

export type AgreementTermAndPartiesQueryVariables = Exact<{
  id: string;
}>;


export type AgreementTermAndPartiesQuery = { agreement: { id: string, status: AgreementStatus, endsOn: string, version: number, terminationGround: TerminationGround | null, members: Array<{ role: MemberRole }> | null, holder: { lnch: string } | null } };

export type AgreementStatusAndHolderQueryVariables = Exact<{
  id: string;
}>;


export type AgreementStatusAndHolderQuery = { agreement: { status: AgreementStatus, holder: { lnch: string } | null } };

export type AgreementStatusAndHolderNameQueryVariables = Exact<{
  id: string;
}>;


export type AgreementStatusAndHolderNameQuery = { agreement: { id: string, status: AgreementStatus, holder: { id: string, familyNameLatin: string } | null } };

export type AgreementHolderLnchQueryVariables = Exact<{
  id: string;
}>;


export type AgreementHolderLnchQuery = { agreement: { holder: { lnch: string } | null } };

export type AgreementHolderAndPlansQueryVariables = Exact<{
  id: string;
}>;


export type AgreementHolderAndPlansQuery = { agreement: { id: string, holder: { lnch: string } | null, plans: Array<{ id: string }> | null } };

export type AgreementPlanIdsQueryVariables = Exact<{
  id: string;
}>;


export type AgreementPlanIdsQuery = { agreement: { id: string, status: AgreementStatus, plans: Array<{ id: string }> | null } };

export type AgreementPlanKindsQueryVariables = Exact<{
  id: string;
}>;


export type AgreementPlanKindsQuery = { agreement: { plans: Array<{ id: string, kind: PlanKind | null }> | null } };

export type AgreementChildOpinionsQueryVariables = Exact<{
  id: string;
}>;


export type AgreementChildOpinionsQuery = { agreement: { status: AgreementStatus, plans: Array<{ childOpinion: string | null }> | null } };

export type AgreementStatusesQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AgreementStatusesQuery = { agreements: { edges: Array<{ node: { status: AgreementStatus } }> } };

export type MeasureStatusAndResultQueryVariables = Exact<{
  id: string;
}>;


export type MeasureStatusAndResultQuery = { node:
    | { status: MeasureStatus, result: string | null }
    | Record<PropertyKey, never>
   };

export type MeasureParticipantQueryVariables = Exact<{
  id: string;
}>;


export type MeasureParticipantQuery = { node:
    | { area: MeasureArea, participant: string | null }
    | Record<PropertyKey, never>
   };

export type PlanEducationalNeedsQueryVariables = Exact<{
  id: string;
}>;


export type PlanEducationalNeedsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { educationalNeeds: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type PlanIdAndChildOpinionQueryVariables = Exact<{
  id: string;
}>;


export type PlanIdAndChildOpinionQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { childOpinion: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type PlanChildOpinionQueryVariables = Exact<{
  id: string;
}>;


export type PlanChildOpinionQuery = { node:
    | { childOpinion: string | null }
    | Record<PropertyKey, never>
   };

export type AddMeasureIdMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type AddMeasureIdMutation = { addMeasure: { id: string } };

export type AddMeasurePartnerMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type AddMeasurePartnerMutation = { addMeasure: { id: string, area: MeasureArea, partnerOrganisation: string | null } };

export type AddMeasureServiceMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type AddMeasureServiceMutation = { addMeasure: { id: string, area: MeasureArea, service: MeasureService | null, status: MeasureStatus } };

export type RecordMeasureResultStatusMutationVariables = Exact<{
  input: RecordMeasureResultInput;
}>;


export type RecordMeasureResultStatusMutation = { recordMeasureResult: { id: string, status: MeasureStatus } };

export type RecordMeasureResultWithResultMutationVariables = Exact<{
  input: RecordMeasureResultInput;
}>;


export type RecordMeasureResultWithResultMutation = { recordMeasureResult: { id: string, status: MeasureStatus, result: string | null } };

export type RecordMeasureResultRecordedOnMutationVariables = Exact<{
  input: RecordMeasureResultInput;
}>;


export type RecordMeasureResultRecordedOnMutation = { recordMeasureResult: { id: string, status: MeasureStatus, resultRecordedOn: string | null } };

export type RecordChildAssessmentNeedsMutationVariables = Exact<{
  input: RecordChildAssessmentInput;
}>;


export type RecordChildAssessmentNeedsMutation = { recordChildAssessment: { id: string, educationalNeeds: string | null, childOpinion: string | null } };

export type RecordChildAssessmentPhysicalNeedsMutationVariables = Exact<{
  input: RecordChildAssessmentInput;
}>;


export type RecordChildAssessmentPhysicalNeedsMutation = { recordChildAssessment: { id: string, childOpinion: string | null, physicalNeeds: string | null } };

export type MeasuresPageIdsQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPageIdsQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type MeasuresPageAreasQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPageAreasQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, area: MeasureArea } }> } };

export type MeasuresPagePlansQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPagePlansQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, area: MeasureArea, plan: { id: string } | null } }> } };

export type MeasuresPagePlanKindsQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPagePlanKindsQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, area: MeasureArea, plan: { id: string, kind: PlanKind | null } | null } }> } };

export type MeasuresPageSharedQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPageSharedQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, area: MeasureArea, participant: string | null, partnerOrganisation: string | null, plan: { id: string } | null } }> } };

export type MeasuresPageParticipantsQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresPageParticipantsQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, participant: string | null } }> } };

export type MeasureCountQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasureCountQuery = { measures: { totalCount: number } };

export type ApplyToConcludeAgreementsMutationVariables = Exact<{
  input: ApplyToConcludeAgreementsInput;
}>;


export type ApplyToConcludeAgreementsMutation = { applyToConcludeAgreements: { id: string, status: MunicipalityApplicationStatus, foreignersCount: number, municipality: { code: string } } };

export type RegisterMunicipalityMutationVariables = Exact<{
  applicationId: string;
  registeredOn?: string | null | undefined;
}>;


export type RegisterMunicipalityMutation = { registerMunicipality: { id: string, status: MunicipalityApplicationStatus, registeredOn: string | null } };

export type MunicipalityRegisterQueryVariables = Exact<{
  filter?: MunicipalityRegisterFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MunicipalityRegisterQuery = { municipalityRegister: { totalCount: number, edges: Array<{ node: { id: string, status: MunicipalityApplicationStatus, municipality: { code: string } } }> } };

export type ApplyForAgreementMutationVariables = Exact<{
  input: ApplyForAgreementInput;
}>;


export type ApplyForAgreementMutation = { applyForAgreement: { id: string, status: ApplicationStatus, submittedOn: string, applicant: { id: string } } };

export type ForwardApplicationMutationVariables = Exact<{
  applicationId: string;
  municipalityCode: string;
  forwardedOn?: string | null | undefined;
}>;


export type ForwardApplicationMutation = { forwardApplication: { id: string, status: ApplicationStatus, forwardedOn: string | null, forwardedTo: { code: string } | null } };

export type AgreementApplicationsQueryVariables = Exact<{
  filter?: AgreementApplicationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AgreementApplicationsQuery = { agreementApplications: { totalCount: number, edges: Array<{ node: { id: string, status: ApplicationStatus, applicant: { id: string, lnch: string } } }> } };

export type ForwardApplicationLiteralMutationVariables = Exact<{
  id: string;
}>;


export type ForwardApplicationLiteralMutation = { forwardApplication: { forwardedOn: string | null } };

export type AgreementApplicationRowsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AgreementApplicationRowsQuery = { agreementApplications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ApplicationStatus, forwardedOn: string | null, forwardedTo: { code: string } | null, applicant: { id: string } } }> } };

export type MunicipalityRegisterRowsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MunicipalityRegisterRowsQuery = { municipalityRegister: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: MunicipalityApplicationStatus, registeredOn: string | null, municipalityInformation: string } }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: string, at: string, role: string, institutionCode: string, unit: string | null, subject: string, purpose: string | null, operationName: string | null, operationType: string, outcome: string, prevHash: string, hash: string, records: Array<{ dataClass: string, ids: Array<string> }> } }> } };

export type VerifyAuditChainQueryVariables = Exact<{
  from?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, nextSeq: string | null } };

export type WhoAccessedQueryVariables = Exact<{
  beneficiaryId: string;
}>;


export type WhoAccessedQuery = { whoAccessed: Array<{ at: string, role: string, institutionCode: string, purpose: string | null, operationName: string | null, outcome: string | null, count: number }> };

export type WhoAccessedOperationsQueryVariables = Exact<{
  beneficiaryId: string;
}>;


export type WhoAccessedOperationsQuery = { whoAccessed: Array<{ institutionCode: string, operationName: string | null, purpose: string | null }> };

export type WhoAccessedChannelsQueryVariables = Exact<{
  beneficiaryId: string;
}>;


export type WhoAccessedChannelsQuery = { whoAccessed: Array<{ operationName: string | null, operationType: string | null, institutionCode: string, outcome: string | null }> };

export type AuditLogEntriesQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogEntriesQuery = { auditLog: { edges: Array<{ node: { requestId: string, role: string, institutionCode: string, unit: string | null, subject: string, purpose: string | null, operationName: string | null, operationType: string, outcome: string, records: Array<{ dataClass: string, ids: Array<string> }> } }> } };

export type AuditLogRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AuditLogRecordsQuery = { auditLog: { edges: Array<{ node: { seq: string, records: Array<{ dataClass: string, ids: Array<string> }> } }> } };

export type BeneficiaryFieldsFragment = { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string, sex: Sex, citizenship: string | null, stateless: boolean, protectionKind: ProtectionKind | null, protectionDecisionNumber: string | null, protectionDecisionDate: string | null, protectionDecisionServedOn: string | null, educationLevel: EducationLevel | null, languages: Array<string> | null, familyStatus: FamilyStatus | null };

export type RegisterBeneficiaryMutationVariables = Exact<{
  input: RegisterBeneficiaryInput;
}>;


export type RegisterBeneficiaryMutation = { registerBeneficiary: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string, sex: Sex, citizenship: string | null, stateless: boolean, protectionKind: ProtectionKind | null, protectionDecisionNumber: string | null, protectionDecisionDate: string | null, protectionDecisionServedOn: string | null, educationLevel: EducationLevel | null, languages: Array<string> | null, familyStatus: FamilyStatus | null } };

export type UpdateBeneficiaryProfileMutationVariables = Exact<{
  input: UpdateBeneficiaryProfileInput;
}>;


export type UpdateBeneficiaryProfileMutation = { updateBeneficiaryProfile: { id: string, educationLevel: EducationLevel | null, languages: Array<string> | null, integrationProfile: string | null } };

export type LinkFamilyMembersMutationVariables = Exact<{
  beneficiaryId: string;
  relativeId: string;
  relation: FamilyRelation;
}>;


export type LinkFamilyMembersMutation = { linkFamilyMembers: { id: string, family: Array<{ relation: FamilyRelation, relative: { id: string, givenNameLatin: string } }> | null } };

export type BeneficiaryQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryQuery = { beneficiary: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string, sex: Sex, citizenship: string | null, stateless: boolean, protectionKind: ProtectionKind | null, protectionDecisionNumber: string | null, protectionDecisionDate: string | null, protectionDecisionServedOn: string | null, educationLevel: EducationLevel | null, languages: Array<string> | null, familyStatus: FamilyStatus | null, family: Array<{ relation: FamilyRelation, relative: { id: string } }> | null } };

export type BeneficiariesQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BeneficiariesQuery = { beneficiaries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, lnch: string, familyNameLatin: string } }> } };

export type RecordProtectionDecisionMutationVariables = Exact<{
  input: RecordProtectionDecisionInput;
}>;


export type RecordProtectionDecisionMutation = { recordProtectionDecision: { id: string, protectionKind: ProtectionKind | null, protectionDecisionNumber: string | null, protectionDecisionDate: string | null, protectionDecisionServedOn: string | null } };

export type BeneficiaryLnchQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryLnchQuery = { beneficiary: { lnch: string } };

export type BeneficiaryFamilyNameQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryFamilyNameQuery = { beneficiary: { familyNameLatin: string } };

export type BeneficiaryIdAndFamilyNameQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryIdAndFamilyNameQuery = { beneficiary: { id: string, familyNameLatin: string } };

export type BeneficiaryFamilyNameAndLnchQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryFamilyNameAndLnchQuery = { beneficiary: { id: string, familyNameLatin: string, lnch: string } };

export type BeneficiaryGivenNameAndEducationQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryGivenNameAndEducationQuery = { beneficiary: { id: string, givenNameLatin: string, educationLevel: EducationLevel | null } };

export type BeneficiaryFamilyNameAndEducationQueryVariables = Exact<{
  id: string;
}>;


export type BeneficiaryFamilyNameAndEducationQuery = { beneficiary: { id: string, familyNameLatin: string, educationLevel: EducationLevel | null } };

export type ChildCaseFieldsFragment = { id: string, status: CaseStatus, separation: Separation, identifiedOn: string, closingReason: ClosingReason | null, closedOn: string | null, version: number, givenName: string | null, familyName: string | null, namesDeclared: boolean | null, declaredBirthDate: string | null, nationality: string | null, languages: Array<string> | null, identifiedWhere: string | null, comesOfAgeOn: string | null, missingSince: string | null, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null }>, participants: Array<{ role: string, joinedOn: string, institution: { code: string } }> };

export type ChildCaseClosingFieldsFragment = { id: string, status: CaseStatus, closingReason: ClosingReason | null, closedOn: string | null };

export type StatusHistoryFieldsFragment = { status: CaseStatus, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null, closingReason: ClosingReason | null }> };

export type MissingEpisodesFieldsFragment = { missingSince: string | null, missingEpisodes: Array<{ since: string, foundOn: string | null, foundNote: string | null, reportedBy: { code: string }, foundBy: { code: string } | null }> | null };

export type CaseParticipantFieldsFragment = { role: string, leftOn: string | null, endReason: string | null, endedBy: { code: string } | null, institution: { code: string } };

export type AgeAssessmentFieldsFragment = { id: string, assessedOn: string, minAge: number, maxAge: number, disputed: boolean, outcome: AgeOutcome };

export type BestInterestsFieldsFragment = { id: string, kind: AssessmentKind, madeOn: string, findings: string, recommendations: string, approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null };

export type ChildNeedFieldsFragment = { id: string, area: CaseArea, description: string, plan: string | null, status: NeedStatus, recordedOn: string };

export type ChildNeedVersionFieldsFragment = { id: string, version: number, status: NeedStatus, plan: string | null, changedOn: string | null, recordedBy: { code: string }, changedBy: { code: string } | null };

export type MonitoringVisitFieldsFragment = { id: string, centre: string, visitedOn: string, findings: string, recommendations: string, followUpDueOn: string | null, followUp: string | null, followedUpOn: string | null, municipality: { code: string } };

export type PossibleDuplicateFieldsFragment = { reasons: Array<MatchReason>, childCase: { id: string } };

export type CountCellFieldsFragment = { key: string, count: number | null, suppressed: boolean };

export type OpenChildCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseMutation = { openChildCase: { id: string } };

export type OpenChildCaseComingOfAgeMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseComingOfAgeMutation = { openChildCase: { id: string, comesOfAgeOn: string | null } };

export type OpenChildCaseWithParticipantsMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseWithParticipantsMutation = { openChildCase: { id: string, status: CaseStatus, identifiedOn: string, participants: Array<{ institution: { code: string } }> } };

export type OpenChildCaseRecordMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseRecordMutation = { openChildCase: { id: string, status: CaseStatus, separation: Separation, identifiedOn: string, closingReason: ClosingReason | null, closedOn: string | null, version: number, givenName: string | null, familyName: string | null, namesDeclared: boolean | null, declaredBirthDate: string | null, nationality: string | null, languages: Array<string> | null, identifiedWhere: string | null, comesOfAgeOn: string | null, missingSince: string | null, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null }>, participants: Array<{ role: string, joinedOn: string, institution: { code: string } }> } };

export type OpenChildCaseWithDuplicatesMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseWithDuplicatesMutation = { openChildCase: { id: string, possibleDuplicates: Array<{ reasons: Array<MatchReason>, childCase: { id: string } }> | null } };

export type OpenChildCaseAtRiskMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseAtRiskMutation = { openChildCase: { id: string, separation: Separation, riskReason: string | null } };

export type OpenChildCaseVersionMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenChildCaseVersionMutation = { openChildCase: { id: string, version: number } };

export type UpdateChildCaseMutationVariables = Exact<{
  input: UpdateChildCaseInput;
}>;


export type UpdateChildCaseMutation = { updateChildCase: { id: string, version: number, givenName: string | null, sex: Sex | null, nationality: string | null, languages: Array<string> | null, separation: Separation, declaredBirthDate: string | null, comesOfAgeOn: string | null, beneficiary: { id: string } | null } };

export type UpdateChildCaseRiskMutationVariables = Exact<{
  input: UpdateChildCaseInput;
}>;


export type UpdateChildCaseRiskMutation = { updateChildCase: { version: number, riskReason: string | null, separation: Separation } };

export type AdvanceChildCaseMutationVariables = Exact<{
  caseId: string;
  status: CaseStatus;
}>;


export type AdvanceChildCaseMutation = { advanceChildCase: { id: string } };

export type AdvanceChildCaseStatusMutationVariables = Exact<{
  caseId: string;
  status: CaseStatus;
}>;


export type AdvanceChildCaseStatusMutation = { advanceChildCase: { id: string, status: CaseStatus } };

export type CloseChildCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseChildCaseMutation = { closeChildCase: { id: string } };

export type CloseChildCaseRecordMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseChildCaseRecordMutation = { closeChildCase: { id: string, status: CaseStatus, separation: Separation, identifiedOn: string, closingReason: ClosingReason | null, closedOn: string | null, version: number, givenName: string | null, familyName: string | null, namesDeclared: boolean | null, declaredBirthDate: string | null, nationality: string | null, languages: Array<string> | null, identifiedWhere: string | null, comesOfAgeOn: string | null, missingSince: string | null, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null }>, participants: Array<{ role: string, joinedOn: string, institution: { code: string } }> } };

export type ReopenChildCaseMutationVariables = Exact<{
  caseId: string;
  reason: string;
}>;


export type ReopenChildCaseMutation = { reopenChildCase: { id: string } };

export type ReopenChildCaseClosingMutationVariables = Exact<{
  caseId: string;
  reason: string;
}>;


export type ReopenChildCaseClosingMutation = { reopenChildCase: { id: string, status: CaseStatus, closingReason: ClosingReason | null, closedOn: string | null } };

export type MergeChildCasesMutationVariables = Exact<{
  input: MergeChildCasesInput;
}>;


export type MergeChildCasesMutation = { mergeChildCases: { id: string } };

export type MergeChildCasesStatusMutationVariables = Exact<{
  input: MergeChildCasesInput;
}>;


export type MergeChildCasesStatusMutation = { mergeChildCases: { id: string, status: CaseStatus } };

export type AddCaseParticipantMutationVariables = Exact<{
  caseId: string;
  institutionCode: string;
  role: string;
}>;


export type AddCaseParticipantMutation = { addCaseParticipant: { role: string } };

export type AddCaseParticipantInstitutionMutationVariables = Exact<{
  caseId: string;
  institutionCode: string;
  role: string;
}>;


export type AddCaseParticipantInstitutionMutation = { addCaseParticipant: { role: string, institution: { code: string } } };

export type RemoveCaseParticipantMutationVariables = Exact<{
  caseId: string;
  institutionCode: string;
  reason: string;
}>;


export type RemoveCaseParticipantMutation = { removeCaseParticipant: { role: string, leftOn: string | null, endReason: string | null, endedBy: { code: string } | null, institution: { code: string } } };

export type AppointRepresentativeMutationVariables = Exact<{
  input: AppointRepresentativeInput;
}>;


export type AppointRepresentativeMutation = { appointRepresentative: { name: string } };

export type AppointRepresentativeKindMutationVariables = Exact<{
  input: AppointRepresentativeInput;
}>;


export type AppointRepresentativeKindMutation = { appointRepresentative: { kind: RepresentativeKind } };

export type ReferChildCaseMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferChildCaseMutation = { referChildCase: { id: string } };

export type ReferChildCaseStatusMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferChildCaseStatusMutation = { referChildCase: { id: string, status: ReferralStatus } };

export type ReferChildCaseAreasMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferChildCaseAreasMutation = { referChildCase: { id: string, status: ReferralStatus, sharedAreas: Array<CaseArea> } };

export type ReferChildCasePartiesMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferChildCasePartiesMutation = { referChildCase: { id: string, status: ReferralStatus, sharedAreas: Array<CaseArea>, from: { code: string }, to: { code: string } } };

export type ReferChildCaseConsentMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferChildCaseConsentMutation = { referChildCase: { id: string, consent: ConsentBasis, consentNote: string | null } };

export type RespondToReferralMutationVariables = Exact<{
  id: string;
  status: ReferralStatus;
  response?: string | null | undefined;
}>;


export type RespondToReferralMutation = { respondToReferral: { id: string } };

export type RespondToReferralOnMutationVariables = Exact<{
  id: string;
  status: ReferralStatus;
  response?: string | null | undefined;
}>;


export type RespondToReferralOnMutation = { respondToReferral: { id: string, status: ReferralStatus, respondedOn: string | null } };

export type RevokeChildReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RevokeChildReferralMutation = { revokeChildReferral: { id: string } };

export type RevokeChildReferralDetailsMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RevokeChildReferralDetailsMutation = { revokeChildReferral: { id: string, status: ReferralStatus, revokedOn: string | null, revokeReason: string | null, revokedBy: { code: string } | null } };

export type CaseReferralsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
}>;


export type CaseReferralsQuery = { caseReferrals: Array<{ id: string, status: ReferralStatus, sharedAreas: Array<CaseArea>, childCase: { id: string } | null }> };

export type CaseReferralIdsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
}>;


export type CaseReferralIdsQuery = { caseReferrals: Array<{ id: string }> };

export type CaseReferralsPageQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseReferralsPageQuery = { caseReferralsPage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReferralStatus, referredOn: string, respondedOn: string | null, response: string | null } }> } };

export type CaseReferralsPageIdsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type CaseReferralsPageIdsQuery = { caseReferralsPage: { edges: Array<{ node: { id: string } }> } };

export type ReportChildMissingMutationVariables = Exact<{
  caseId: string;
  since?: string | null | undefined;
}>;


export type ReportChildMissingMutation = { reportChildMissing: { id: string } };

export type ReportChildMissingSinceMutationVariables = Exact<{
  caseId: string;
  since?: string | null | undefined;
}>;


export type ReportChildMissingSinceMutation = { reportChildMissing: { id: string, missingSince: string | null } };

export type ReportChildFoundMutationVariables = Exact<{
  caseId: string;
  foundOn?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ReportChildFoundMutation = { reportChildFound: { id: string } };

export type ReportChildFoundSinceMutationVariables = Exact<{
  caseId: string;
  foundOn?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ReportChildFoundSinceMutation = { reportChildFound: { id: string, missingSince: string | null } };

export type ReportChildFoundStatusMutationVariables = Exact<{
  caseId: string;
  foundOn?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ReportChildFoundStatusMutation = { reportChildFound: { id: string, status: CaseStatus, missingSince: string | null } };

export type RecordAgeAssessmentMutationVariables = Exact<{
  input: RecordAgeAssessmentInput;
}>;


export type RecordAgeAssessmentMutation = { recordAgeAssessment: { id: string } };

export type RecordAgeAssessmentOutcomeMutationVariables = Exact<{
  input: RecordAgeAssessmentInput;
}>;


export type RecordAgeAssessmentOutcomeMutation = { recordAgeAssessment: { id: string, assessedOn: string, minAge: number, maxAge: number, disputed: boolean, outcome: AgeOutcome } };

export type RecordAgeAssessmentMethodMutationVariables = Exact<{
  input: RecordAgeAssessmentInput;
}>;


export type RecordAgeAssessmentMethodMutation = { recordAgeAssessment: { method: AgeMethod, id: string, assessedOn: string, minAge: number, maxAge: number, disputed: boolean, outcome: AgeOutcome } };

export type RecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { id: string } };

export type RecordPlacementDetailsMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementDetailsMutation = { recordPlacement: { id: string, kind: PlacementKind, provider: string, fromDate: string, toDate: string | null, municipality: { code: string } } };

export type RecordBestInterestsAssessmentMutationVariables = Exact<{
  input: RecordBestInterestsInput;
}>;


export type RecordBestInterestsAssessmentMutation = { recordBestInterestsAssessment: { id: string } };

export type RecordBestInterestsAssessmentDetailsMutationVariables = Exact<{
  input: RecordBestInterestsInput;
}>;


export type RecordBestInterestsAssessmentDetailsMutation = { recordBestInterestsAssessment: { id: string, kind: AssessmentKind, madeOn: string, findings: string, recommendations: string, approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null } };

export type DecideBestInterestsAssessmentMutationVariables = Exact<{
  id: string;
  approval: ApprovalStatus;
  note?: string | null | undefined;
}>;


export type DecideBestInterestsAssessmentMutation = { decideBestInterestsAssessment: { id: string } };

export type DecideBestInterestsAssessmentApprovalMutationVariables = Exact<{
  id: string;
  approval: ApprovalStatus;
  note?: string | null | undefined;
}>;


export type DecideBestInterestsAssessmentApprovalMutation = { decideBestInterestsAssessment: { id: string, approval: ApprovalStatus } };

export type DecideBestInterestsAssessmentDetailsMutationVariables = Exact<{
  id: string;
  approval: ApprovalStatus;
  note?: string | null | undefined;
}>;


export type DecideBestInterestsAssessmentDetailsMutation = { decideBestInterestsAssessment: { id: string, kind: AssessmentKind, madeOn: string, findings: string, recommendations: string, approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null } };

export type AssessmentsAwaitingApprovalQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssessmentsAwaitingApprovalQuery = { assessmentsAwaitingApproval: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caseId: string, madeOn: string, approval: ApprovalStatus, madeBy: { code: string } } }> } };

export type RecordChildNeedMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordChildNeedMutation = { recordChildNeed: { id: string } };

export type RecordChildNeedDetailsMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordChildNeedDetailsMutation = { recordChildNeed: { id: string, area: CaseArea, description: string, plan: string | null, status: NeedStatus, recordedOn: string } };

export type RecordChildNeedVersionMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordChildNeedVersionMutation = { recordChildNeed: { id: string, version: number, status: NeedStatus, plan: string | null, changedOn: string | null, recordedBy: { code: string }, changedBy: { code: string } | null } };

export type UpdateChildNeedMutationVariables = Exact<{
  input: UpdateChildNeedInput;
}>;


export type UpdateChildNeedMutation = { updateChildNeed: { id: string, version: number, status: NeedStatus, plan: string | null, changedOn: string | null, recordedBy: { code: string }, changedBy: { code: string } | null } };

export type RecordMethodologicalSupportMutationVariables = Exact<{
  input: RecordMethodologicalSupportInput;
}>;


export type RecordMethodologicalSupportMutation = { recordMethodologicalSupport: { id: string } };

export type RecordMethodologicalSupportDetailsMutationVariables = Exact<{
  input: RecordMethodologicalSupportInput;
}>;


export type RecordMethodologicalSupportDetailsMutation = { recordMethodologicalSupport: { id: string, givenOn: string, summary: string, givenBy: { code: string }, givenTo: { code: string } | null } };

export type RecordMonitoringVisitMutationVariables = Exact<{
  input: RecordMonitoringVisitInput;
}>;


export type RecordMonitoringVisitMutation = { recordMonitoringVisit: { id: string } };

export type RecordMonitoringVisitDetailsMutationVariables = Exact<{
  input: RecordMonitoringVisitInput;
}>;


export type RecordMonitoringVisitDetailsMutation = { recordMonitoringVisit: { id: string, centre: string, visitedOn: string, findings: string, recommendations: string, followUpDueOn: string | null, followUp: string | null, followedUpOn: string | null, municipality: { code: string } } };

export type RecordVisitFollowUpMutationVariables = Exact<{
  id: string;
  followUp: string;
  on?: string | null | undefined;
}>;


export type RecordVisitFollowUpMutation = { recordVisitFollowUp: { id: string } };

export type RecordVisitFollowUpDetailsMutationVariables = Exact<{
  id: string;
  followUp: string;
  on?: string | null | undefined;
}>;


export type RecordVisitFollowUpDetailsMutation = { recordVisitFollowUp: { id: string, centre: string, visitedOn: string, findings: string, recommendations: string, followUpDueOn: string | null, followUp: string | null, followedUpOn: string | null, municipality: { code: string } } };

export type MonitoringVisitsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MonitoringVisitsQuery = { monitoringVisits: { edges: Array<{ node: { id: string, centre: string, visitedOn: string, findings: string, recommendations: string, followUpDueOn: string | null, followUp: string | null, followedUpOn: string | null, municipality: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChildCaseIdsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ChildCaseIdsQuery = { childCases: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FilteredChildCaseIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ChildCaseFilter | null | undefined;
}>;


export type FilteredChildCaseIdsQuery = { childCases: { edges: Array<{ node: { id: string } }> } };

export type ChildCasesTotalQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ChildCaseFilter | null | undefined;
}>;


export type ChildCasesTotalQuery = { childCases: { totalCount: number } };

export type ChildCasesWithDuplicatesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ChildCasesWithDuplicatesQuery = { childCases: { edges: Array<{ node: { id: string, possibleDuplicates: Array<{ reasons: Array<MatchReason>, childCase: { id: string } }> | null } }> } };

export type ChildCaseMatchesQueryVariables = Exact<{
  input: ChildCaseMatchInput;
}>;


export type ChildCaseMatchesQuery = { childCaseMatches: Array<{ reasons: Array<MatchReason>, childCase: { id: string } }> };

export type ChildCaseMatchIdsQueryVariables = Exact<{
  input: ChildCaseMatchInput;
}>;


export type ChildCaseMatchIdsQuery = { childCaseMatches: Array<{ childCase: { id: string } }> };

export type ChildCaseIdQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseIdQuery = { childCase: { id: string } };

export type ChildCaseIdStatusQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseIdStatusQuery = { childCase: { id: string, status: CaseStatus } };

export type ChildCaseIdStatusNameQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseIdStatusNameQuery = { childCase: { id: string, status: CaseStatus, givenName: string | null } };

export type ChildCaseIdNameQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseIdNameQuery = { childCase: { id: string, givenName: string | null } };

export type ChildCaseStatusQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseStatusQuery = { childCase: { status: CaseStatus } };

export type ChildCaseGivenNameQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseGivenNameQuery = { childCase: { givenName: string | null } };

export type ChildCaseComesOfAgeQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseComesOfAgeQuery = { childCase: { comesOfAgeOn: string | null } };

export type ChildCaseVersionComesOfAgeQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseVersionComesOfAgeQuery = { childCase: { version: number, comesOfAgeOn: string | null } };

export type ChildCaseAgeAssessmentsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseAgeAssessmentsQuery = { childCase: { comesOfAgeOn: string | null, ageAssessments: Array<{ id: string, minAge: number, maxAge: number, outcome: AgeOutcome }> | null } };

export type ChildCaseCarePartsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseCarePartsQuery = { childCase: { id: string, status: CaseStatus, givenName: string | null, nationality: string | null, ageAssessments: Array<{ id: string }> | null, placements: Array<{ id: string }> | null, representatives: Array<{ name: string }> | null } };

export type ChildCaseParticipantCodesQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseParticipantCodesQuery = { childCase: { id: string, participants: Array<{ institution: { code: string } }> } };

export type ChildCaseParticipantCodesAndNameQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseParticipantCodesAndNameQuery = { childCase: { id: string, status: CaseStatus, givenName: string | null, participants: Array<{ institution: { code: string } }> } };

export type ChildCaseParticipantsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseParticipantsQuery = { childCase: { participants: Array<{ role: string, leftOn: string | null, endReason: string | null, endedBy: { code: string } | null, institution: { code: string } }> } };

export type ChildCaseReferralIdsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseReferralIdsQuery = { childCase: { referrals: Array<{ id: string }> } };

export type ChildCaseReferralRevocationsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseReferralRevocationsQuery = { childCase: { referrals: Array<{ id: string, status: ReferralStatus, revokeReason: string | null }> } };

export type ChildCasePlacementsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCasePlacementsQuery = { childCase: { placements: Array<{ id: string, fromDate: string, toDate: string | null, municipality: { code: string } }> | null } };

export type ChildCasePlacementIdsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCasePlacementIdsQuery = { childCase: { placements: Array<{ id: string }> | null } };

export type ChildCasePlacementEndsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCasePlacementEndsQuery = { childCase: { placements: Array<{ toDate: string | null }> | null } };

export type ChildCasePlacementProvidersQueryVariables = Exact<{
  id: string;
}>;


export type ChildCasePlacementProvidersQuery = { childCase: { placements: Array<{ provider: string }> | null } };

export type ChildCaseSeenByMunicipalityQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseSeenByMunicipalityQuery = { childCase: { id: string, givenName: string | null, participants: Array<{ institution: { code: string } }>, placements: Array<{ id: string, toDate: string | null }> | null } };

export type ChildCaseLinksQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseLinksQuery = { childCase: { beneficiary: { id: string } | null, integrationPlan: { id: string } | null } };

export type ChildCaseBestInterestsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseBestInterestsQuery = { childCase: { bestInterestsAssessments: Array<{ id: string, kind: AssessmentKind, madeOn: string, findings: string, recommendations: string, approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null }> | null } };

export type ChildCaseBestInterestsIdsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseBestInterestsIdsQuery = { childCase: { id: string, status: CaseStatus, bestInterestsAssessments: Array<{ id: string }> | null } };

export type ChildCaseNeedsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseNeedsQuery = { childCase: { needs: Array<{ id: string, area: CaseArea, description: string, plan: string | null, status: NeedStatus, recordedOn: string }> } };

export type ChildCaseNeedIdsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseNeedIdsQuery = { childCase: { needs: Array<{ id: string }> } };

export type ChildCaseNeedAreasQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseNeedAreasQuery = { childCase: { id: string, needs: Array<{ area: CaseArea }> } };

export type ChildCaseNameAndNeedAreasQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseNameAndNeedAreasQuery = { childCase: { id: string, givenName: string | null, needs: Array<{ area: CaseArea }> } };

export type ChildCaseMissingSinceQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseMissingSinceQuery = { childCase: { missingSince: string | null } };

export type ChildCaseMissingEpisodesQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseMissingEpisodesQuery = { childCase: { missingSince: string | null, missingEpisodes: Array<{ since: string, foundOn: string | null, foundNote: string | null, reportedBy: { code: string }, foundBy: { code: string } | null }> | null } };

export type ChildCaseEpisodeDatesQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseEpisodeDatesQuery = { childCase: { missingEpisodes: Array<{ since: string }> | null } };

export type ChildCaseSearchQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseSearchQuery = { childCase: { givenName: string | null, familyName: string | null, nationality: string | null, declaredBirthDate: string | null, comesOfAgeOn: string | null, missingSince: string | null, participants: Array<{ role: string, institution: { code: string } }>, missingEpisodes: Array<{ since: string, foundOn: string | null, foundNote: string | null, reportedBy: { code: string }, foundBy: { code: string } | null }> | null } };

export type ChildCaseHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseHistoryQuery = { childCase: { status: CaseStatus, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null, closingReason: ClosingReason | null }> } };

export type ChildCaseHistoryAndClosingQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseHistoryAndClosingQuery = { childCase: { closingReason: ClosingReason | null, closedOn: string | null, status: CaseStatus, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string, note: string | null, closingReason: ClosingReason | null }> } };

export type ChildCaseMergeQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseMergeQuery = { childCase: { id: string, status: CaseStatus, closingReason: ClosingReason | null, closedOn: string | null, mergedInto: { id: string } | null, statusHistory: Array<{ fromStatus: CaseStatus | null, toStatus: CaseStatus, closingReason: ClosingReason | null, note: string | null }>, participants: Array<{ leftOn: string | null, institution: { code: string } }>, referrals: Array<{ id: string, status: ReferralStatus }> } };

export type ChildCaseDuplicatesQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseDuplicatesQuery = { childCase: { possibleDuplicates: Array<{ reasons: Array<MatchReason>, childCase: { id: string } }> | null } };

export type ChildCaseMethodologicalSupportQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseMethodologicalSupportQuery = { childCase: { id: string, methodologicalSupport: Array<{ summary: string }> | null } };

export type ChildCaseRiskQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseRiskQuery = { childCase: { version: number, riskReason: string | null } };

export type ChildCaseChangesQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseChangesQuery = { childCase: { changes: Array<{ area: CaseArea | null, subjectType: string, subjectId: string, field: string, fromValue: unknown, toValue: unknown, changedOn: string, note: string | null, changedBy: { code: string } }> } };

export type ChildCaseIdentifiedByQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseIdentifiedByQuery = { childCase: { identifiedBy: { code: string } | null } };

export type ChildCaseRecordedByQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseRecordedByQuery = { childCase: { statusHistory: Array<{ toStatus: CaseStatus, changedBy: { code: string } }>, ageAssessments: Array<{ assessedBy: { code: string } }> | null, representatives: Array<{ recordedBy: { code: string } | null }> | null, placements: Array<{ recordedBy: { code: string } | null }> | null } };

export type ChildCaseIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChildCaseIndicatorsQuery = { childCaseIndicators: { from: string, to: string, threshold: number, casesCoordinated: number | null, casesClosedTotal: number | null, rapidAssessments: number | null, fullAssessments: number | null, monitoringVisits: number, casesClosed: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByStatus: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByPlacement: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type ChildCaseIndicatorSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChildCaseIndicatorSummaryQuery = { childCaseIndicators: { from: string, to: string, threshold: number, casesCoordinated: number | null, casesClosedTotal: number | null, casesClosedWithSupport: number | null, referrals: number | null, rapidAssessments: number | null, fullAssessments: number | null, monitoringVisits: number, visitRecommendationsFollowedUp: number, visitFollowUpsOverdue: number, csvPath: string, casesClosed: Array<{ key: string, count: number | null, suppressed: boolean }>, referralsByType: Array<{ key: string, count: number | null, suppressed: boolean }>, referralsByOutcome: Array<{ key: string, count: number | null, suppressed: boolean }>, rapidAssessmentsBy: Array<{ key: string, count: number | null, suppressed: boolean }>, fullAssessmentsBy: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByStatus: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByPlacement: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type ChildCaseBreakdownQueryVariables = Exact<{
  query: ChildIndicatorQuery;
}>;


export type ChildCaseBreakdownQuery = { childCaseBreakdown: { indicator: ChildIndicator, planItem: string, title: string, from: string, to: string, groupBy: Array<ChildIndicatorDimension>, threshold: number, total: number | null, csvPath: string, cells: Array<{ sex: string | null, ageGroup: ChildAgeGroup | null, nationality: string | null, separation: Separation | null, identifiedBy: InstitutionKind | null, provinceCode: string | null, status: CaseStatus | null, placement: string | null, closingReason: string | null, referralType: ReferralKind | null, referralOutcome: ReferralStatus | null, assessmentKind: AssessmentKind | null, assessedBy: InstitutionKind | null, count: number | null, suppressed: boolean }> } };

export type AgreementStatisticsTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementStatisticsTotalQuery = { agreementStatistics: { total: number | null } };

export type IndicatorTotalQueryVariables = Exact<{
  query: IndicatorQuery;
}>;


export type IndicatorTotalQuery = { indicator: { total: number | null } };

export type RegisterBeneficiaryIdMutationVariables = Exact<{
  input: RegisterBeneficiaryInput;
}>;


export type RegisterBeneficiaryIdMutation = { registerBeneficiary: { id: string } };

export type RecordBestInterestsAssessmentApprovalMutationVariables = Exact<{
  input: RecordBestInterestsInput;
}>;


export type RecordBestInterestsAssessmentApprovalMutation = { recordBestInterestsAssessment: { id: string, approval: ApprovalStatus } };

export type AddCaseParticipantJoinedOnMutationVariables = Exact<{
  caseId: string;
  institutionCode: string;
  role: string;
}>;


export type AddCaseParticipantJoinedOnMutation = { addCaseParticipant: { joinedOn: string } };

export type ChildCaseBestInterestsDecisionsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseBestInterestsDecisionsQuery = { childCase: { bestInterestsAssessments: Array<{ approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null }> | null } };

export type ChildCaseBestInterestsKindsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseBestInterestsKindsQuery = { childCase: { bestInterestsAssessments: Array<{ kind: AssessmentKind, madeOn: string }> | null } };

export type ChildCaseClosedCareQueryVariables = Exact<{
  id: string;
}>;


export type ChildCaseClosedCareQuery = { childCase: { status: CaseStatus, closingReason: ClosingReason | null, nationality: string | null, languages: Array<string> | null, missingSince: string | null, ageAssessments: Array<{ minAge: number, maxAge: number, outcome: AgeOutcome }> | null, representatives: Array<{ name: string, endedOn: string | null }> | null, placements: Array<{ provider: string, toDate: string | null, municipality: { code: string } }> | null, needs: Array<{ area: CaseArea, description: string }> } };

export type ChildCaseFamilyNamesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ChildCaseFilter | null | undefined;
}>;


export type ChildCaseFamilyNamesQuery = { childCases: { edges: Array<{ node: { id: string, familyName: string | null } }> } };

export type CaseReferralReasonsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
}>;


export type CaseReferralReasonsQuery = { caseReferrals: Array<{ reason: string }> };

export type CaseReferralReasonsAndCasesQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
}>;


export type CaseReferralReasonsAndCasesQuery = { caseReferrals: Array<{ reason: string, status: ReferralStatus, childCase: { id: string } | null }> };

export type MonitoringVisitFollowUpsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MonitoringVisitFollowUpsQuery = { monitoringVisits: { edges: Array<{ node: { centre: string, followUp: string | null, followedUpOn: string | null } }> } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Agreement', status: AgreementStatus, id: string }
    | { __typename: 'AgreementApplication', id: string }
    | { __typename: 'Beneficiary', lnch: string, id: string }
    | { __typename: 'ChildCase', id: string }
    | { __typename: 'IntegrationPlan', id: string }
    | { __typename: 'Measure', id: string }
    | { __typename: 'MonitoringVisit', id: string }
    | { __typename: 'MunicipalityApplication', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Objection', id: string }
    | { __typename: 'OffenceReport', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'SecurityAssessment', id: string }
   };

export type NotificationsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, article: string, subjectType: string, subjectId: string, createdAt: string, dueBy: string, dueBasis: string, deliveredAt: string | null, deliveredVia: DeliveryChannel | null, acknowledgedAt: string | null, acknowledgedBy: string | null, failedAt: string | null, escalatedAt: string | null, overdue: boolean, content: Record<string, unknown> | null, sender: { code: string } | null, recipient: { code: string } } }> } };

export type NotificationInboxQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationInboxQuery = { notifications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, subjectType: string, subjectId: string, createdAt: string, dueBy: string, content: Record<string, unknown> | null, sender: { code: string } | null, recipient: { code: string } } }> } };

export type InboxReadQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type InboxReadQuery = { notifications: { edges: Array<{ node: { id: string, content: Record<string, unknown> | null } }> } };

export type NotificationIdsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationIdsQuery = { notifications: { edges: Array<{ node: { id: string } }> } };

export type NotificationIdsAndCountQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationIdsAndCountQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type NotificationCountQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationCountQuery = { notifications: { totalCount: number } };

export type NotificationContentsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationContentsQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, article: string, content: Record<string, unknown> | null } }> } };

export type NotificationAttemptUrlsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationAttemptUrlsQuery = { notifications: { edges: Array<{ node: { id: string, attempts: Array<{ url: string }> | null } }> } };

export type NotificationNodeQueryVariables = Exact<{
  id: string;
}>;


export type NotificationNodeQuery = { node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementApplication' }
    | { __typename: 'Beneficiary' }
    | { __typename: 'ChildCase' }
    | { __typename: 'IntegrationPlan' }
    | { __typename: 'Measure' }
    | { __typename: 'MonitoringVisit' }
    | { __typename: 'MunicipalityApplication' }
    | { __typename: 'Notification', id: string, kind: NotificationKind, article: string, subjectType: string, subjectId: string, createdAt: string, dueBy: string, dueBasis: string, deliveredAt: string | null, deliveredVia: DeliveryChannel | null, acknowledgedAt: string | null, acknowledgedBy: string | null, failedAt: string | null, escalatedAt: string | null, overdue: boolean, content: Record<string, unknown> | null, sender: { code: string } | null, recipient: { code: string } }
    | { __typename: 'Objection' }
    | { __typename: 'OffenceReport' }
    | { __typename: 'Referral' }
    | { __typename: 'SecurityAssessment' }
   };

export type NotificationKindAndContentQueryVariables = Exact<{
  id: string;
}>;


export type NotificationKindAndContentQuery = { node:
    | { kind: NotificationKind, content: Record<string, unknown> | null }
    | Record<PropertyKey, never>
   };

export type NotificationAttemptsQueryVariables = Exact<{
  id: string;
}>;


export type NotificationAttemptsQuery = { node:
    | { deliveredVia: DeliveryChannel | null, failedAt: string | null, attempts: Array<{ attempt: number, outcome: AttemptOutcome, statusCode: number | null }> | null }
    | Record<PropertyKey, never>
   };

export type NotificationAttemptErrorsQueryVariables = Exact<{
  id: string;
}>;


export type NotificationAttemptErrorsQuery = { node:
    | { attempts: Array<{ outcome: AttemptOutcome, error: string | null }> | null }
    | Record<PropertyKey, never>
   };

export type NotificationDeliveryQueryVariables = Exact<{
  id: string;
}>;


export type NotificationDeliveryQuery = { node:
    | { deliveredAt: string | null, deliveredVia: DeliveryChannel | null, attempts: Array<{ url: string, error: string | null }> | null }
    | Record<PropertyKey, never>
   };

export type NotificationDeliveryAttemptsQueryVariables = Exact<{
  id: string;
}>;


export type NotificationDeliveryAttemptsQuery = { node:
    | { id: string, kind: NotificationKind, subjectId: string, deliveredVia: DeliveryChannel | null, deliveredAt: string | null, failedAt: string | null, attempts: Array<{ attempt: number, outcome: AttemptOutcome, statusCode: number | null, error: string | null }> | null }
    | Record<PropertyKey, never>
   };

export type AcknowledgeNotificationMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeNotificationMutation = { acknowledgeNotification: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null, deliveredAt: string | null, deliveredVia: DeliveryChannel | null } };

export type RegisterWebhookMutationVariables = Exact<{
  url: string;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { url: string, registeredBy: string, createdAt: string } } };

export type RegisterWebhookUrlMutationVariables = Exact<{
  url: string;
}>;


export type RegisterWebhookUrlMutation = { registerWebhook: { secret: string, webhook: { url: string } } };

export type RegisterWebhookSecretMutationVariables = Exact<{
  url: string;
}>;


export type RegisterWebhookSecretMutation = { registerWebhook: { secret: string } };

export type RemoveWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveWebhookMutation = { removeWebhook: boolean };

export type WebhookQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookQuery = { webhook: { url: string, registeredBy: string } | null };

export type WebhookUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookUrlQuery = { webhook: { url: string } | null };

export type RegisterInstitutionWebhookMutationVariables = Exact<{
  code: string;
  url: string;
}>;


export type RegisterInstitutionWebhookMutation = { registerInstitutionWebhook: { secret: string, webhook: { url: string | null, registeredBy: string | null, institution: { code: string } } } };

export type RotateWebhookKeyMutationVariables = Exact<{
  code: string;
}>;


export type RotateWebhookKeyMutation = { rotateWebhookKey: { secret: string, webhook: { url: string | null, updatedAt: string | null } } };

export type SendTestDeliveryMutationVariables = Exact<{
  code: string;
}>;


export type SendTestDeliveryMutation = { sendTestDelivery: { id: string, attempt: number, test: boolean, notificationId: string | null, outcome: AttemptOutcome, statusCode: number | null, error: string | null, url: string } };

export type WebhookAttemptsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;


export type WebhookAttemptsQuery = { webhookAttempts: Array<{ id: string, attempt: number, test: boolean, notificationId: string | null, outcome: AttemptOutcome, statusCode: number | null, error: string | null, createdAt: string }> };

export type InstitutionWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionWebhooksQuery = { institutionWebhooks: Array<{ url: string | null, registeredBy: string | null, updatedAt: string | null, institution: { code: string, kind: InstitutionKind } }> };

export type RetryDeliveryMutationVariables = Exact<{
  id: string;
}>;


export type RetryDeliveryMutation = { retryDelivery: { id: string, failedAt: string | null, deliveredAt: string | null } };

export type HubStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type HubStatusQuery = { hubStatus: { databaseReachable: boolean, databaseError: string | null, deliveryRuntime: boolean, jobQueueReachable: boolean, auditCheckpointOk: boolean | null, auditCheckpointError: string | null, lastCheckpointSeq: string | null, lastCheckpointAt: string | null, migrationsPending: Array<string>, jobQueues: Array<{ queue: string, state: string, count: number }>, migrationsApplied: Array<{ name: string, executedAt: string | null }> } };

export type AccessMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMatrixQuery = { accessMatrix: { dataClasses: Array<{ name: string, personal: boolean }>, roles: Array<{ role: string, reads: Array<string>, writes: Array<string>, limits: Array<string> }>, mutations: Array<{ name: string, dataClass: string, roles: Array<string> }> } };

export type ReportOffenceMutationVariables = Exact<{
  input: ReportOffenceInput;
}>;


export type ReportOffenceMutation = { reportOffence: { id: string, kind: OffenceKind, committedOn: string, reportedOn: string, municipality: { code: string } } };

export type OffenceReportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OffenceReportsQuery = { offenceReports: { totalCount: number, edges: Array<{ node: { id: string, kind: OffenceKind, description: string, municipality: { code: string }, beneficiary: { id: string } | null } }> } };

export type FileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { id: string, outcome: ObjectionOutcome, filedOn: string, activity: string, agreementId: string } };

export type DecideObjectionMutationVariables = Exact<{
  input: DecideObjectionInput;
}>;


export type DecideObjectionMutation = { decideObjection: { id: string, outcome: ObjectionOutcome, decision: string | null, decidedOn: string | null } };

export type ObjectionsQueryVariables = Exact<{
  outcome?: ObjectionOutcome | null | undefined;
  first?: number | null | undefined;
}>;


export type ObjectionsQuery = { objections: { totalCount: number, edges: Array<{ node: { id: string, outcome: ObjectionOutcome, agreementId: string } }> } };

export type ReportOffenceIdMutationVariables = Exact<{
  input: ReportOffenceInput;
}>;


export type ReportOffenceIdMutation = { reportOffence: { id: string } };

export type FileObjectionIdMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionIdMutation = { fileObjection: { id: string } };

export type OffenceReportRowsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OffenceReportRowsQuery = { offenceReports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, description: string, beneficiary: { id: string } | null } }> } };

export type ObjectionRowsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ObjectionRowsQuery = { objections: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, agreementId: string, outcome: ObjectionOutcome, decision: string | null } }> } };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: string, nameBg: string, nameEn: string }> };

export type MunicipalitiesQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
}>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, nameBg: string, centreEkatte: string, province: { code: string, nameEn: string } }> };

export type InstitutionsQueryVariables = Exact<{
  kind?: InstitutionKind | null | undefined;
  provinceCode?: string | null | undefined;
}>;


export type InstitutionsQuery = { institutions: Array<{ code: string, kind: InstitutionKind, nameBg: string, nameEn: string | null, province: { code: string } | null, municipality: { code: string, nameBg: string } | null }> };

export type ProvinceCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceCodesQuery = { provinces: Array<{ code: string }> };

export type RecordSecurityAssessmentMutationVariables = Exact<{
  input: RecordSecurityAssessmentInput;
}>;


export type RecordSecurityAssessmentMutation = { recordSecurityAssessment: { id: string, riskLevel: RiskLevel, summary: string, assessedBy: string, beneficiary: { id: string } | null } };

export type RecordSecurityAssessmentIdMutationVariables = Exact<{
  input: RecordSecurityAssessmentInput;
}>;


export type RecordSecurityAssessmentIdMutation = { recordSecurityAssessment: { id: string } };

export type SecurityAssessmentRiskLevelsQueryVariables = Exact<{
  filter?: SecurityAssessmentFilter | null | undefined;
}>;


export type SecurityAssessmentRiskLevelsQuery = { securityAssessments: { totalCount: number, edges: Array<{ node: { riskLevel: RiskLevel } }> } };

export type SecurityAssessmentCountQueryVariables = Exact<{
  filter?: SecurityAssessmentFilter | null | undefined;
}>;


export type SecurityAssessmentCountQuery = { securityAssessments: { totalCount: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: Role, unit: string | null, subject: string, institutionCode: string, purpose: string | null } };

export type MeAndProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAndProvincesQuery = { me: { role: Role }, provinces: Array<{ code: string }> };

export type MeCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeCapabilitiesQuery = { me: { role: Role, reads: Array<DataClass>, acts: Array<string>, caseAreas: Array<CaseArea> } };

export type MeRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type MeRoleQuery = { me: { role: Role } };

export type AgreementStatisticsQueryVariables = Exact<{
  groupBy: Array<AgreementDimension> | AgreementDimension;
  filter?: AgreementStatisticsFilter | null | undefined;
}>;


export type AgreementStatisticsQuery = { agreementStatistics: { groupBy: Array<AgreementDimension>, threshold: number, total: number | null, cells: Array<{ citizenship: string | null, protectionKind: ProtectionKind | null, sex: Sex | null, ageGroup: AgeGroup | null, provinceCode: string | null, municipalityCode: string | null, status: AgreementStatus | null, count: number | null, suppressed: boolean }> } };

export type AgreementStatisticsByProtectionKindQueryVariables = Exact<{
  groupBy: Array<AgreementDimension> | AgreementDimension;
  filter?: AgreementStatisticsFilter | null | undefined;
}>;


export type AgreementStatisticsByProtectionKindQuery = { agreementStatistics: { total: number | null, cells: Array<{ protectionKind: ProtectionKind | null, count: number | null, suppressed: boolean }> } };

export type IndicatorFiguresQueryVariables = Exact<{
  query: IndicatorQuery;
}>;


export type IndicatorFiguresQuery = { indicator: { indicator: Indicator, article: string, title: string, from: string, to: string, groupBy: Array<IndicatorDimension>, threshold: number, total: number | null, csvPath: string, cells: Array<{ citizenship: string | null, protectionKind: ProtectionKind | null, sex: Sex | null, ageGroup: AgeGroup | null, provinceCode: string | null, municipalityCode: string | null, service: MeasureService | null, count: number | null, suppressed: boolean }> } };

export const AgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const BeneficiaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<BeneficiaryFieldsFragment, unknown>;
export const ChildCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"namesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedWhere"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseFieldsFragment, unknown>;
export const ChildCaseClosingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildCaseClosingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]} as unknown as DocumentNode<ChildCaseClosingFieldsFragment, unknown>;
export const StatusHistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}}]}}]}}]} as unknown as DocumentNode<StatusHistoryFieldsFragment, unknown>;
export const MissingEpisodesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissingEpisodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"missingEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"foundNote"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MissingEpisodesFieldsFragment, unknown>;
export const CaseParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CaseParticipantFieldsFragment, unknown>;
export const AgeAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgeAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgeAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<AgeAssessmentFieldsFragment, unknown>;
export const BestInterestsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BestInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestInterestsAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<BestInterestsFieldsFragment, unknown>;
export const ChildNeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]} as unknown as DocumentNode<ChildNeedFieldsFragment, unknown>;
export const ChildNeedVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ChildNeedVersionFieldsFragment, unknown>;
export const MonitoringVisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MonitoringVisitFieldsFragment, unknown>;
export const PossibleDuplicateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<PossibleDuplicateFieldsFragment, unknown>;
export const CountCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<CountCellFieldsFragment, unknown>;
export const ConcludeAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConcludeAgreementMutation, ConcludeAgreementMutationVariables>;
export const ExtendAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendAgreementMutation, ExtendAgreementMutationVariables>;
export const TerminateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TerminateAgreementMutation, TerminateAgreementMutationVariables>;
export const AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementQuery, AgreementQueryVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const AgreementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPageQuery, AgreementPageQueryVariables>;
export const AddMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddMeasureMutation, AddMeasureMutationVariables>;
export const RecordMeasureResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasureResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasureResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecordedOn"}}]}}]}}]} as unknown as DocumentNode<RecordMeasureResultMutation, RecordMeasureResultMutationVariables>;
export const RecordChildAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"educationalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"linguisticNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}}]}}]} as unknown as DocumentNode<RecordChildAssessmentMutation, RecordChildAssessmentMutationVariables>;
export const TransferAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransferAgreementMutation, TransferAgreementMutationVariables>;
export const AgreementWithPredecessorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementWithPredecessor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementWithPredecessorQuery, AgreementWithPredecessorQueryVariables>;
export const AgreementDutiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementDutiesQuery, AgreementDutiesQueryVariables>;
export const RecordMayorDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMayorDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMayorDutyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMayorDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RecordMayorDutyMutation, RecordMayorDutyMutationVariables>;
export const SignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const MeasureIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasureIdsQuery, MeasureIdsQueryVariables>;
export const AgreementStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AgreementStatusQuery, AgreementStatusQueryVariables>;
export const AgreementTerminationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementTermination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}}]}}]}}]} as unknown as DocumentNode<AgreementTerminationQuery, AgreementTerminationQueryVariables>;
export const AgreementTermAndPartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementTermAndParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementTermAndPartiesQuery, AgreementTermAndPartiesQueryVariables>;
export const AgreementStatusAndHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatusAndHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementStatusAndHolderQuery, AgreementStatusAndHolderQueryVariables>;
export const AgreementStatusAndHolderNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatusAndHolderName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementStatusAndHolderNameQuery, AgreementStatusAndHolderNameQueryVariables>;
export const AgreementHolderLnchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementHolderLnch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementHolderLnchQuery, AgreementHolderLnchQueryVariables>;
export const AgreementHolderAndPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementHolderAndPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementHolderAndPlansQuery, AgreementHolderAndPlansQueryVariables>;
export const AgreementPlanIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPlanIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPlanIdsQuery, AgreementPlanIdsQueryVariables>;
export const AgreementPlanKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPlanKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPlanKindsQuery, AgreementPlanKindsQueryVariables>;
export const AgreementChildOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementChildOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementChildOpinionsQuery, AgreementChildOpinionsQueryVariables>;
export const AgreementStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementStatusesQuery, AgreementStatusesQueryVariables>;
export const MeasureStatusAndResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureStatusAndResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<MeasureStatusAndResultQuery, MeasureStatusAndResultQueryVariables>;
export const MeasureParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}}]}}]}}]}}]} as unknown as DocumentNode<MeasureParticipantQuery, MeasureParticipantQueryVariables>;
export const PlanEducationalNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEducationalNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"educationalNeeds"}}]}}]}}]}}]} as unknown as DocumentNode<PlanEducationalNeedsQuery, PlanEducationalNeedsQueryVariables>;
export const PlanIdAndChildOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanIdAndChildOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}}]}}]}}]} as unknown as DocumentNode<PlanIdAndChildOpinionQuery, PlanIdAndChildOpinionQueryVariables>;
export const PlanChildOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanChildOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}}]}}]}}]} as unknown as DocumentNode<PlanChildOpinionQuery, PlanChildOpinionQueryVariables>;
export const AddMeasureIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasureId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMeasureIdMutation, AddMeasureIdMutationVariables>;
export const AddMeasurePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasurePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisation"}}]}}]}}]} as unknown as DocumentNode<AddMeasurePartnerMutation, AddMeasurePartnerMutationVariables>;
export const AddMeasureServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasureService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddMeasureServiceMutation, AddMeasureServiceMutationVariables>;
export const RecordMeasureResultStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasureResultStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasureResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordMeasureResultStatusMutation, RecordMeasureResultStatusMutationVariables>;
export const RecordMeasureResultWithResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasureResultWithResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasureResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RecordMeasureResultWithResultMutation, RecordMeasureResultWithResultMutationVariables>;
export const RecordMeasureResultRecordedOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasureResultRecordedOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasureResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecordedOn"}}]}}]}}]} as unknown as DocumentNode<RecordMeasureResultRecordedOnMutation, RecordMeasureResultRecordedOnMutationVariables>;
export const RecordChildAssessmentNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildAssessmentNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"educationalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}}]}}]} as unknown as DocumentNode<RecordChildAssessmentNeedsMutation, RecordChildAssessmentNeedsMutationVariables>;
export const RecordChildAssessmentPhysicalNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildAssessmentPhysicalNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"physicalNeeds"}}]}}]}}]} as unknown as DocumentNode<RecordChildAssessmentPhysicalNeedsMutation, RecordChildAssessmentPhysicalNeedsMutationVariables>;
export const MeasuresPageIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPageIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPageIdsQuery, MeasuresPageIdsQueryVariables>;
export const MeasuresPageAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPageAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPageAreasQuery, MeasuresPageAreasQueryVariables>;
export const MeasuresPagePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPagePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPagePlansQuery, MeasuresPagePlansQueryVariables>;
export const MeasuresPagePlanKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPagePlanKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPagePlanKindsQuery, MeasuresPagePlanKindsQueryVariables>;
export const MeasuresPageSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPageShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPageSharedQuery, MeasuresPageSharedQueryVariables>;
export const MeasuresPageParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasuresPageParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresPageParticipantsQuery, MeasuresPageParticipantsQueryVariables>;
export const MeasureCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MeasureCountQuery, MeasureCountQueryVariables>;
export const ApplyToConcludeAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToConcludeAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToConcludeAgreementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToConcludeAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foreignersCount"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToConcludeAgreementsMutation, ApplyToConcludeAgreementsMutationVariables>;
export const RegisterMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registeredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registeredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registeredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]} as unknown as DocumentNode<RegisterMunicipalityMutation, RegisterMunicipalityMutationVariables>;
export const MunicipalityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityRegisterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityRegisterQuery, MunicipalityRegisterQueryVariables>;
export const ApplyForAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForAgreementMutation, ApplyForAgreementMutationVariables>;
export const ForwardApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forwardedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"forwardedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forwardedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForwardApplicationMutation, ForwardApplicationMutationVariables>;
export const AgreementApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementApplicationsQuery, AgreementApplicationsQueryVariables>;
export const ForwardApplicationLiteralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardApplicationLiteral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"StringValue","value":"SZR04","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"forwardedOn"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}}]}}]}}]} as unknown as DocumentNode<ForwardApplicationLiteralMutation, ForwardApplicationLiteralMutationVariables>;
export const AgreementApplicationRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementApplicationRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementApplicationRowsQuery, AgreementApplicationRowsQueryVariables>;
export const MunicipalityRegisterRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityRegisterRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityInformation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityRegisterRowsQuery, MunicipalityRegisterRowsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextSeq"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const WhoAccessedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAccessed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAccessed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<WhoAccessedQuery, WhoAccessedQueryVariables>;
export const WhoAccessedOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAccessedOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAccessed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<WhoAccessedOperationsQuery, WhoAccessedOperationsQueryVariables>;
export const WhoAccessedChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAccessedChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAccessed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<WhoAccessedChannelsQuery, WhoAccessedChannelsQueryVariables>;
export const AuditLogEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogEntriesQuery, AuditLogEntriesQueryVariables>;
export const AuditLogRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogRecordsQuery, AuditLogRecordsQueryVariables>;
export const RegisterBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<RegisterBeneficiaryMutation, RegisterBeneficiaryMutationVariables>;
export const UpdateBeneficiaryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBeneficiaryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBeneficiaryProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBeneficiaryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"integrationProfile"}}]}}]}}]} as unknown as DocumentNode<UpdateBeneficiaryProfileMutation, UpdateBeneficiaryProfileMutationVariables>;
export const LinkFamilyMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkFamilyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyRelation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkFamilyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkFamilyMembersMutation, LinkFamilyMembersMutationVariables>;
export const BeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Beneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<BeneficiaryQuery, BeneficiaryQueryVariables>;
export const BeneficiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Beneficiaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiariesQuery, BeneficiariesQueryVariables>;
export const RecordProtectionDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProtectionDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtectionDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtectionDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}}]}}]}}]} as unknown as DocumentNode<RecordProtectionDecisionMutation, RecordProtectionDecisionMutationVariables>;
export const BeneficiaryLnchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryLnch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryLnchQuery, BeneficiaryLnchQueryVariables>;
export const BeneficiaryFamilyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryFamilyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryFamilyNameQuery, BeneficiaryFamilyNameQueryVariables>;
export const BeneficiaryIdAndFamilyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryIdAndFamilyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryIdAndFamilyNameQuery, BeneficiaryIdAndFamilyNameQueryVariables>;
export const BeneficiaryFamilyNameAndLnchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryFamilyNameAndLnch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryFamilyNameAndLnchQuery, BeneficiaryFamilyNameAndLnchQueryVariables>;
export const BeneficiaryGivenNameAndEducationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryGivenNameAndEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryGivenNameAndEducationQuery, BeneficiaryGivenNameAndEducationQueryVariables>;
export const BeneficiaryFamilyNameAndEducationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryFamilyNameAndEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryFamilyNameAndEducationQuery, BeneficiaryFamilyNameAndEducationQueryVariables>;
export const OpenChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseMutation, OpenChildCaseMutationVariables>;
export const OpenChildCaseComingOfAgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseComingOfAge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseComingOfAgeMutation, OpenChildCaseComingOfAgeMutationVariables>;
export const OpenChildCaseWithParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseWithParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseWithParticipantsMutation, OpenChildCaseWithParticipantsMutationVariables>;
export const OpenChildCaseRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"namesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedWhere"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseRecordMutation, OpenChildCaseRecordMutationVariables>;
export const OpenChildCaseWithDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseWithDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<OpenChildCaseWithDuplicatesMutation, OpenChildCaseWithDuplicatesMutationVariables>;
export const OpenChildCaseAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"riskReason"}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseAtRiskMutation, OpenChildCaseAtRiskMutationVariables>;
export const OpenChildCaseVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildCaseVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenChildCaseVersionMutation, OpenChildCaseVersionMutationVariables>;
export const UpdateChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateChildCaseMutation, UpdateChildCaseMutationVariables>;
export const UpdateChildCaseRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChildCaseRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"riskReason"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}}]}}]}}]} as unknown as DocumentNode<UpdateChildCaseRiskMutation, UpdateChildCaseRiskMutationVariables>;
export const AdvanceChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvanceChildCaseMutation, AdvanceChildCaseMutationVariables>;
export const AdvanceChildCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceChildCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdvanceChildCaseStatusMutation, AdvanceChildCaseStatusMutationVariables>;
export const CloseChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloseChildCaseMutation, CloseChildCaseMutationVariables>;
export const CloseChildCaseRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseChildCaseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"namesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedWhere"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseChildCaseRecordMutation, CloseChildCaseRecordMutationVariables>;
export const ReopenChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReopenChildCaseMutation, ReopenChildCaseMutationVariables>;
export const ReopenChildCaseClosingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenChildCaseClosing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildCaseClosingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildCaseClosingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]} as unknown as DocumentNode<ReopenChildCaseClosingMutation, ReopenChildCaseClosingMutationVariables>;
export const MergeChildCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeChildCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeChildCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeChildCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeChildCasesMutation, MergeChildCasesMutationVariables>;
export const MergeChildCasesStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeChildCasesStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeChildCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeChildCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MergeChildCasesStatusMutation, MergeChildCasesStatusMutationVariables>;
export const AddCaseParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddCaseParticipantMutation, AddCaseParticipantMutationVariables>;
export const AddCaseParticipantInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseParticipantInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddCaseParticipantInstitutionMutation, AddCaseParticipantInstitutionMutationVariables>;
export const RemoveCaseParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCaseParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCaseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RemoveCaseParticipantMutation, RemoveCaseParticipantMutationVariables>;
export const AppointRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointRepresentativeMutation, AppointRepresentativeMutationVariables>;
export const AppointRepresentativeKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointRepresentativeKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AppointRepresentativeKindMutation, AppointRepresentativeKindMutationVariables>;
export const ReferChildCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferChildCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReferChildCaseMutation, ReferChildCaseMutationVariables>;
export const ReferChildCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferChildCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferChildCaseStatusMutation, ReferChildCaseStatusMutationVariables>;
export const ReferChildCaseAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferChildCaseAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAreas"}}]}}]}}]} as unknown as DocumentNode<ReferChildCaseAreasMutation, ReferChildCaseAreasMutationVariables>;
export const ReferChildCasePartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferChildCaseParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAreas"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReferChildCasePartiesMutation, ReferChildCasePartiesMutationVariables>;
export const ReferChildCaseConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferChildCaseConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referChildCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}}]}}]}}]} as unknown as DocumentNode<ReferChildCaseConsentMutation, ReferChildCaseConsentMutationVariables>;
export const RespondToReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RespondToReferralMutation, RespondToReferralMutationVariables>;
export const RespondToReferralOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToReferralOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}}]}}]}}]} as unknown as DocumentNode<RespondToReferralOnMutation, RespondToReferralOnMutationVariables>;
export const RevokeChildReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeChildReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeChildReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevokeChildReferralMutation, RevokeChildReferralMutationVariables>;
export const RevokeChildReferralDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeChildReferralDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeChildReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeChildReferralDetailsMutation, RevokeChildReferralDetailsMutationVariables>;
export const CaseReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAreas"}},{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReferralsQuery, CaseReferralsQueryVariables>;
export const CaseReferralIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferralIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseReferralIdsQuery, CaseReferralIdsQueryVariables>;
export const CaseReferralsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferralsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferralsPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseReferralsPageQuery, CaseReferralsPageQueryVariables>;
export const CaseReferralsPageIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferralsPageIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferralsPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseReferralsPageIdsQuery, CaseReferralsPageIdsQueryVariables>;
export const ReportChildMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChildMissing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChildMissing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportChildMissingMutation, ReportChildMissingMutationVariables>;
export const ReportChildMissingSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChildMissingSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChildMissing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]}}]} as unknown as DocumentNode<ReportChildMissingSinceMutation, ReportChildMissingSinceMutationVariables>;
export const ReportChildFoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChildFound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChildFound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"foundOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportChildFoundMutation, ReportChildFoundMutationVariables>;
export const ReportChildFoundSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChildFoundSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChildFound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"foundOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]}}]} as unknown as DocumentNode<ReportChildFoundSinceMutation, ReportChildFoundSinceMutationVariables>;
export const ReportChildFoundStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChildFoundStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChildFound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"foundOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foundOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]}}]} as unknown as DocumentNode<ReportChildFoundStatusMutation, ReportChildFoundStatusMutationVariables>;
export const RecordAgeAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgeAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAgeAssessmentMutation, RecordAgeAssessmentMutationVariables>;
export const RecordAgeAssessmentOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgeAssessmentOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgeAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgeAssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgeAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgeAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<RecordAgeAssessmentOutcomeMutation, RecordAgeAssessmentOutcomeMutationVariables>;
export const RecordAgeAssessmentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgeAssessmentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgeAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgeAssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgeAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgeAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<RecordAgeAssessmentMethodMutation, RecordAgeAssessmentMethodMutationVariables>;
export const RecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const RecordPlacementDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacementDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlacementDetailsMutation, RecordPlacementDetailsMutationVariables>;
export const RecordBestInterestsAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBestInterestsAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBestInterestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordBestInterestsAssessmentMutation, RecordBestInterestsAssessmentMutationVariables>;
export const RecordBestInterestsAssessmentDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBestInterestsAssessmentDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBestInterestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BestInterestsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BestInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestInterestsAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<RecordBestInterestsAssessmentDetailsMutation, RecordBestInterestsAssessmentDetailsMutationVariables>;
export const DecideBestInterestsAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBestInterestsAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approval"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DecideBestInterestsAssessmentMutation, DecideBestInterestsAssessmentMutationVariables>;
export const DecideBestInterestsAssessmentApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBestInterestsAssessmentApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approval"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}}]}}]} as unknown as DocumentNode<DecideBestInterestsAssessmentApprovalMutation, DecideBestInterestsAssessmentApprovalMutationVariables>;
export const DecideBestInterestsAssessmentDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBestInterestsAssessmentDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approval"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BestInterestsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BestInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestInterestsAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<DecideBestInterestsAssessmentDetailsMutation, DecideBestInterestsAssessmentDetailsMutationVariables>;
export const AssessmentsAwaitingApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentsAwaitingApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentsAwaitingApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsAwaitingApprovalQuery, AssessmentsAwaitingApprovalQueryVariables>;
export const RecordChildNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordChildNeedMutation, RecordChildNeedMutationVariables>;
export const RecordChildNeedDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildNeedDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildNeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]} as unknown as DocumentNode<RecordChildNeedDetailsMutation, RecordChildNeedDetailsMutationVariables>;
export const RecordChildNeedVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildNeedVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildNeedVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordChildNeedVersionMutation, RecordChildNeedVersionMutationVariables>;
export const UpdateChildNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChildNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChildNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildNeedVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateChildNeedMutation, UpdateChildNeedMutationVariables>;
export const RecordMethodologicalSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMethodologicalSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMethodologicalSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMethodologicalSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMethodologicalSupportMutation, RecordMethodologicalSupportMutationVariables>;
export const RecordMethodologicalSupportDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMethodologicalSupportDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMethodologicalSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMethodologicalSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"givenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMethodologicalSupportDetailsMutation, RecordMethodologicalSupportDetailsMutationVariables>;
export const RecordMonitoringVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoringVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoringVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoringVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMonitoringVisitMutation, RecordMonitoringVisitMutationVariables>;
export const RecordMonitoringVisitDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoringVisitDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoringVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoringVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordMonitoringVisitDetailsMutation, RecordMonitoringVisitDetailsMutationVariables>;
export const RecordVisitFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisitFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisitFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"visitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUp"}}},{"kind":"Argument","name":{"kind":"Name","value":"followedUpOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordVisitFollowUpMutation, RecordVisitFollowUpMutationVariables>;
export const RecordVisitFollowUpDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisitFollowUpDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisitFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"visitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUp"}}},{"kind":"Argument","name":{"kind":"Name","value":"followedUpOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordVisitFollowUpDetailsMutation, RecordVisitFollowUpDetailsMutationVariables>;
export const MonitoringVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringVisitFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MonitoringVisitsQuery, MonitoringVisitsQueryVariables>;
export const ChildCaseIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdsQuery, ChildCaseIdsQueryVariables>;
export const FilteredChildCaseIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredChildCaseIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredChildCaseIdsQuery, FilteredChildCaseIdsQueryVariables>;
export const ChildCasesTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasesTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ChildCasesTotalQuery, ChildCasesTotalQueryVariables>;
export const ChildCasesWithDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasesWithDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicateFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<ChildCasesWithDuplicatesQuery, ChildCasesWithDuplicatesQueryVariables>;
export const ChildCaseMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCaseMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<ChildCaseMatchesQuery, ChildCaseMatchesQueryVariables>;
export const ChildCaseMatchIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMatchIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCaseMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseMatchIdsQuery, ChildCaseMatchIdsQueryVariables>;
export const ChildCaseIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdQuery, ChildCaseIdQueryVariables>;
export const ChildCaseIdStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIdStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdStatusQuery, ChildCaseIdStatusQueryVariables>;
export const ChildCaseIdStatusNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIdStatusName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdStatusNameQuery, ChildCaseIdStatusNameQueryVariables>;
export const ChildCaseIdNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIdName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdNameQuery, ChildCaseIdNameQueryVariables>;
export const ChildCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChildCaseStatusQuery, ChildCaseStatusQueryVariables>;
export const ChildCaseGivenNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseGivenName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<ChildCaseGivenNameQuery, ChildCaseGivenNameQueryVariables>;
export const ChildCaseComesOfAgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseComesOfAge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}}]}}]}}]} as unknown as DocumentNode<ChildCaseComesOfAgeQuery, ChildCaseComesOfAgeQueryVariables>;
export const ChildCaseVersionComesOfAgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseVersionComesOfAge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}}]}}]}}]} as unknown as DocumentNode<ChildCaseVersionComesOfAgeQuery, ChildCaseVersionComesOfAgeQueryVariables>;
export const ChildCaseAgeAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseAgeAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"Field","name":{"kind":"Name","value":"ageAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseAgeAssessmentsQuery, ChildCaseAgeAssessmentsQueryVariables>;
export const ChildCaseCarePartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseCareParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"ageAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseCarePartsQuery, ChildCaseCarePartsQueryVariables>;
export const ChildCaseParticipantCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseParticipantCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseParticipantCodesQuery, ChildCaseParticipantCodesQueryVariables>;
export const ChildCaseParticipantCodesAndNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseParticipantCodesAndName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<ChildCaseParticipantCodesAndNameQuery, ChildCaseParticipantCodesAndNameQueryVariables>;
export const ChildCaseParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ChildCaseParticipantsQuery, ChildCaseParticipantsQueryVariables>;
export const ChildCaseReferralIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseReferralIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseReferralIdsQuery, ChildCaseReferralIdsQueryVariables>;
export const ChildCaseReferralRevocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseReferralRevocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseReferralRevocationsQuery, ChildCaseReferralRevocationsQueryVariables>;
export const ChildCasePlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasePlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildCasePlacementsQuery, ChildCasePlacementsQueryVariables>;
export const ChildCasePlacementIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasePlacementIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCasePlacementIdsQuery, ChildCasePlacementIdsQueryVariables>;
export const ChildCasePlacementEndsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasePlacementEnds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCasePlacementEndsQuery, ChildCasePlacementEndsQueryVariables>;
export const ChildCasePlacementProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasePlacementProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCasePlacementProvidersQuery, ChildCasePlacementProvidersQueryVariables>;
export const ChildCaseSeenByMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseSeenByMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<ChildCaseSeenByMunicipalityQuery, ChildCaseSeenByMunicipalityQueryVariables>;
export const ChildCaseLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseLinksQuery, ChildCaseLinksQueryVariables>;
export const ChildCaseBestInterestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseBestInterests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BestInterestsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BestInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestInterestsAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ChildCaseBestInterestsQuery, ChildCaseBestInterestsQueryVariables>;
export const ChildCaseBestInterestsIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseBestInterestsIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseBestInterestsIdsQuery, ChildCaseBestInterestsIdsQueryVariables>;
export const ChildCaseNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildNeedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]} as unknown as DocumentNode<ChildCaseNeedsQuery, ChildCaseNeedsQueryVariables>;
export const ChildCaseNeedIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseNeedIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseNeedIdsQuery, ChildCaseNeedIdsQueryVariables>;
export const ChildCaseNeedAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseNeedAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseNeedAreasQuery, ChildCaseNeedAreasQueryVariables>;
export const ChildCaseNameAndNeedAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseNameAndNeedAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseNameAndNeedAreasQuery, ChildCaseNameAndNeedAreasQueryVariables>;
export const ChildCaseMissingSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMissingSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]}}]} as unknown as DocumentNode<ChildCaseMissingSinceQuery, ChildCaseMissingSinceQueryVariables>;
export const ChildCaseMissingEpisodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMissingEpisodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissingEpisodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissingEpisodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"missingEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"foundNote"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseMissingEpisodesQuery, ChildCaseMissingEpisodesQueryVariables>;
export const ChildCaseEpisodeDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseEpisodeDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseEpisodeDatesQuery, ChildCaseEpisodeDatesQueryVariables>;
export const ChildCaseSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"comesOfAgeOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissingEpisodesFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissingEpisodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"missingEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"foundNote"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseSearchQuery, ChildCaseSearchQueryVariables>;
export const ChildCaseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusHistoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}}]}}]}}]} as unknown as DocumentNode<ChildCaseHistoryQuery, ChildCaseHistoryQueryVariables>;
export const ChildCaseHistoryAndClosingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseHistoryAndClosing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusHistoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}}]}}]}}]} as unknown as DocumentNode<ChildCaseHistoryAndClosingQuery, ChildCaseHistoryAndClosingQueryVariables>;
export const ChildCaseMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseMergeQuery, ChildCaseMergeQueryVariables>;
export const ChildCaseDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<ChildCaseDuplicatesQuery, ChildCaseDuplicatesQueryVariables>;
export const ChildCaseMethodologicalSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseMethodologicalSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"methodologicalSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseMethodologicalSupportQuery, ChildCaseMethodologicalSupportQueryVariables>;
export const ChildCaseRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"riskReason"}}]}}]}}]} as unknown as DocumentNode<ChildCaseRiskQuery, ChildCaseRiskQueryVariables>;
export const ChildCaseChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseChangesQuery, ChildCaseChangesQueryVariables>;
export const ChildCaseIdentifiedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIdentifiedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseIdentifiedByQuery, ChildCaseIdentifiedByQueryVariables>;
export const ChildCaseRecordedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseRecordedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseRecordedByQuery, ChildCaseRecordedByQueryVariables>;
export const ChildCaseIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCaseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"casesCoordinated"}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rapidAssessments"}},{"kind":"Field","name":{"kind":"Name","value":"fullAssessments"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringVisits"}},{"kind":"Field","name":{"kind":"Name","value":"childrenByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenByPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ChildCaseIndicatorsQuery, ChildCaseIndicatorsQueryVariables>;
export const ChildCaseIndicatorSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseIndicatorSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCaseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"casesCoordinated"}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"casesClosedWithSupport"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"referralsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapidAssessments"}},{"kind":"Field","name":{"kind":"Name","value":"rapidAssessmentsBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fullAssessments"}},{"kind":"Field","name":{"kind":"Name","value":"fullAssessmentsBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitRecommendationsFollowedUp"}},{"kind":"Field","name":{"kind":"Name","value":"visitFollowUpsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"childrenByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenByPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ChildCaseIndicatorSummaryQuery, ChildCaseIndicatorSummaryQueryVariables>;
export const ChildCaseBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildIndicatorQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCaseBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"planItem"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"referralType"}},{"kind":"Field","name":{"kind":"Name","value":"referralOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentKind"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseBreakdownQuery, ChildCaseBreakdownQueryVariables>;
export const AgreementStatisticsTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatisticsTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AgreementStatisticsTotalQuery, AgreementStatisticsTotalQueryVariables>;
export const IndicatorTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<IndicatorTotalQuery, IndicatorTotalQueryVariables>;
export const RegisterBeneficiaryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBeneficiaryId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterBeneficiaryIdMutation, RegisterBeneficiaryIdMutationVariables>;
export const RecordBestInterestsAssessmentApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBestInterestsAssessmentApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBestInterestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBestInterestsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}}]}}]} as unknown as DocumentNode<RecordBestInterestsAssessmentApprovalMutation, RecordBestInterestsAssessmentApprovalMutationVariables>;
export const AddCaseParticipantJoinedOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseParticipantJoinedOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<AddCaseParticipantJoinedOnMutation, AddCaseParticipantJoinedOnMutationVariables>;
export const ChildCaseBestInterestsDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseBestInterestsDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseBestInterestsDecisionsQuery, ChildCaseBestInterestsDecisionsQueryVariables>;
export const ChildCaseBestInterestsKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseBestInterestsKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseBestInterestsKindsQuery, ChildCaseBestInterestsKindsQueryVariables>;
export const ChildCaseClosedCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseClosedCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseClosedCareQuery, ChildCaseClosedCareQueryVariables>;
export const ChildCaseFamilyNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCaseFamilyNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildCaseFamilyNamesQuery, ChildCaseFamilyNamesQueryVariables>;
export const CaseReferralReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferralReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseReferralReasonsQuery, CaseReferralReasonsQueryVariables>;
export const CaseReferralReasonsAndCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferralReasonsAndCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReferralReasonsAndCasesQuery, CaseReferralReasonsAndCasesQueryVariables>;
export const MonitoringVisitFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringVisitFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringVisitFollowUpsQuery, MonitoringVisitFollowUpsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationInboxQuery, NotificationInboxQueryVariables>;
export const InboxReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxReadQuery, InboxReadQueryVariables>;
export const NotificationIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationIdsQuery, NotificationIdsQueryVariables>;
export const NotificationIdsAndCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationIdsAndCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationIdsAndCountQuery, NotificationIdsAndCountQueryVariables>;
export const NotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NotificationCountQuery, NotificationCountQueryVariables>;
export const NotificationContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationContentsQuery, NotificationContentsQueryVariables>;
export const NotificationAttemptUrlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationAttemptUrls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAttemptUrlsQuery, NotificationAttemptUrlsQueryVariables>;
export const NotificationNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationNodeQuery, NotificationNodeQueryVariables>;
export const NotificationKindAndContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationKindAndContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationKindAndContentQuery, NotificationKindAndContentQueryVariables>;
export const NotificationAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAttemptsQuery, NotificationAttemptsQueryVariables>;
export const NotificationAttemptErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationAttemptErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAttemptErrorsQuery, NotificationAttemptErrorsQueryVariables>;
export const NotificationDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveryQuery, NotificationDeliveryQueryVariables>;
export const NotificationDeliveryAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDeliveryAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveryAttemptsQuery, NotificationDeliveryAttemptsQueryVariables>;
export const AcknowledgeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeNotificationMutation, AcknowledgeNotificationMutationVariables>;
export const RegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const RegisterWebhookUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhookUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookUrlMutation, RegisterWebhookUrlMutationVariables>;
export const RegisterWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookSecretMutation, RegisterWebhookSecretMutationVariables>;
export const RemoveWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWebhook"}}]}}]} as unknown as DocumentNode<RemoveWebhookMutation, RemoveWebhookMutationVariables>;
export const WebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}}]}}]}}]} as unknown as DocumentNode<WebhookQuery, WebhookQueryVariables>;
export const WebhookUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<WebhookUrlQuery, WebhookUrlQueryVariables>;
export const RegisterInstitutionWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInstitutionWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInstitutionWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInstitutionWebhookMutation, RegisterInstitutionWebhookMutationVariables>;
export const RotateWebhookKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookKeyMutation, RotateWebhookKeyMutationVariables>;
export const SendTestDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SendTestDeliveryMutation, SendTestDeliveryMutationVariables>;
export const WebhookAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhookAttemptsQuery, WebhookAttemptsQueryVariables>;
export const InstitutionWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<InstitutionWebhooksQuery, InstitutionWebhooksQueryVariables>;
export const RetryDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const HubStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseReachable"}},{"kind":"Field","name":{"kind":"Name","value":"databaseError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRuntime"}},{"kind":"Field","name":{"kind":"Name","value":"jobQueueReachable"}},{"kind":"Field","name":{"kind":"Name","value":"jobQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditCheckpointOk"}},{"kind":"Field","name":{"kind":"Name","value":"auditCheckpointError"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointAt"}},{"kind":"Field","name":{"kind":"Name","value":"migrationsApplied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationsPending"}}]}}]}}]} as unknown as DocumentNode<HubStatusQuery, HubStatusQueryVariables>;
export const AccessMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"writes"}},{"kind":"Field","name":{"kind":"Name","value":"limits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mutations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<AccessMatrixQuery, AccessMatrixQueryVariables>;
export const ReportOffenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOffence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportOffenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOffence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReportOffenceMutation, ReportOffenceMutationVariables>;
export const OffenceReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffenceReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffenceReportsQuery, OffenceReportsQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const ObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Objections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionsQuery, ObjectionsQueryVariables>;
export const ReportOffenceIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOffenceId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportOffenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOffence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportOffenceIdMutation, ReportOffenceIdMutationVariables>;
export const FileObjectionIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjectionId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FileObjectionIdMutation, FileObjectionIdMutationVariables>;
export const OffenceReportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffenceReportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffenceReportRowsQuery, OffenceReportRowsQueryVariables>;
export const ObjectionRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectionRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionRowsQuery, ObjectionRowsQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"centreEkatte"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const ProvinceCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProvinceCodesQuery, ProvinceCodesQueryVariables>;
export const RecordSecurityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSecurityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSecurityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSecurityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSecurityAssessmentMutation, RecordSecurityAssessmentMutationVariables>;
export const RecordSecurityAssessmentIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSecurityAssessmentId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSecurityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSecurityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSecurityAssessmentIdMutation, RecordSecurityAssessmentIdMutationVariables>;
export const SecurityAssessmentRiskLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAssessmentRiskLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityAssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAssessmentRiskLevelsQuery, SecurityAssessmentRiskLevelsQueryVariables>;
export const SecurityAssessmentCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAssessmentCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityAssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SecurityAssessmentCountQuery, SecurityAssessmentCountQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MeAndProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAndProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MeAndProvincesQuery, MeAndProvincesQueryVariables>;
export const MeCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"acts"}},{"kind":"Field","name":{"kind":"Name","value":"caseAreas"}}]}}]}}]} as unknown as DocumentNode<MeCapabilitiesQuery, MeCapabilitiesQueryVariables>;
export const MeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeRoleQuery, MeRoleQueryVariables>;
export const AgreementStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementStatisticsQuery, AgreementStatisticsQueryVariables>;
export const AgreementStatisticsByProtectionKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementStatisticsByProtectionKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementStatisticsByProtectionKindQuery, AgreementStatisticsByProtectionKindQueryVariables>;
export const IndicatorFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorFiguresQuery, IndicatorFiguresQueryVariables>;