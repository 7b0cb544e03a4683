/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
export type ChildCaseFilter = {
  /** true: reported missing now. */
  missing?: boolean | null | undefined;
  separation?: Separation | null | undefined;
  status?: CaseStatus | null | undefined;
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

export type RecordMeasureResultInput = {
  /** A UUID. */
  measureId: string;
  /** Default today (Europe/Sofia). */
  recordedOn?: string | null | undefined;
  /** Required when the measure is DONE or NOT_DONE. At most 4000 characters; line breaks allowed. */
  result?: string | null | undefined;
  status: MeasureStatus;
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

export type ConsoleAgreementPersonFragment = { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string };

export type ConsoleAgreementListQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AgreementFilter | null | undefined;
}>;


export type ConsoleAgreementListQuery = { agreements: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, status: AgreementStatus, signedOn: string, endsOn: string, municipality: { code: string, nameBg: string }, holder: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string } | null } }> } };

export type ConsoleAgreementApplicationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleAgreementApplicationsQuery = { agreementApplications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, status: ApplicationStatus, submittedOn: string, forwardedOn: string | null, applicant: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string, family: Array<{ relation: FamilyRelation, relative: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string } }> | null } } }> } };

export type ConsoleAgreementQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleAgreementQuery = { agreement: { id: string, version: number, status: AgreementStatus, signedOn: string, endsOn: string, extendedOn: string | null, extensionConsentOn: string | null, extensionConsentReference: string | null, terminatedOn: string | null, terminationGround: TerminationGround | null, terminationArticle: string | null, terminationNote: string | null, transferredOn: string | null, transferredFrom: { id: string, municipality: { code: string, nameBg: string } } | null, transferredTo: { id: string, municipality: { code: string, nameBg: string } } | null, municipality: { code: string, nameBg: string, province: { code: string, nameBg: string, nameEn: string } }, holder: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string } | null, members: Array<{ role: MemberRole, joinedOn: string, leftOn: string | null, leftOnGround: TerminationGround | null, beneficiary: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string } | null }> | null, plans: Array<{ id: string, kind: PlanKind | null, beneficiary: { id: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, givenNameLatin: string, familyNameLatin: string, birthDate: string } | null, measures: Array<{ id: string, area: MeasureArea, service: MeasureService | null, description: string, dueOn: string | null, fundingSource: FundingSource | null, partnerOrganisation: string | null, status: MeasureStatus, result: string | null, resultRecordedOn: string | null, responsibleInstitution: { code: string, nameBg: string, nameEn: string | null } }> }> | null } };

export type ConsoleAgreementWhoAccessedQueryVariables = Exact<{
  beneficiaryId: string;
}>;


export type ConsoleAgreementWhoAccessedQuery = { whoAccessed: Array<{ at: string, count: number, institutionCode: string, role: string, purpose: string | null, operationName: string | null, operationType: string | null, outcome: string | null }> };

export type ConsoleAgreementMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAgreementMunicipalitiesQuery = { municipalities: Array<{ code: string, nameBg: string }> };

export type ConsoleAgreementInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAgreementInstitutionsQuery = { institutions: Array<{ code: string, kind: InstitutionKind, nameBg: string, nameEn: string | null, province: { code: string } | null }> };

export type ConsoleConcludeAgreementMutationVariables = Exact<{
  input: ConcludeAgreementInput;
}>;


export type ConsoleConcludeAgreementMutation = { concludeAgreement: { id: string, status: AgreementStatus } };

export type ConsoleSignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type ConsoleSignAgreementMutation = { signAgreement: { id: string, status: AgreementStatus } };

export type ConsoleExtendAgreementMutationVariables = Exact<{
  input: ExtendAgreementInput;
}>;


export type ConsoleExtendAgreementMutation = { extendAgreement: { id: string, status: AgreementStatus } };

export type ConsoleTerminateAgreementMutationVariables = Exact<{
  input: TerminateAgreementInput;
}>;


export type ConsoleTerminateAgreementMutation = { terminateAgreement: { id: string, status: AgreementStatus } };

export type ConsoleTransferAgreementMutationVariables = Exact<{
  input: TransferAgreementInput;
}>;


export type ConsoleTransferAgreementMutation = { transferAgreement: { id: string, status: AgreementStatus } };

export type ConsoleAddMeasureMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type ConsoleAddMeasureMutation = { addMeasure: { id: string } };

export type ConsoleRecordMeasureResultMutationVariables = Exact<{
  input: RecordMeasureResultInput;
}>;


export type ConsoleRecordMeasureResultMutation = { recordMeasureResult: { id: string, status: MeasureStatus } };

export type ConsoleActsPersonFragment = { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string };

export type ConsoleApplicationRowFragment = { id: string, status: ApplicationStatus, submittedOn: string, forwardedOn: string | null, forwardedTo: { code: string, nameBg: string } | null, applicant: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string } };

export type ConsoleApplicationListQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AgreementApplicationFilter | null | undefined;
}>;


export type ConsoleApplicationListQuery = { agreementApplications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, status: ApplicationStatus, submittedOn: string, forwardedOn: string | null, forwardedTo: { code: string, nameBg: string } | null, applicant: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string } } }> } };

export type ConsoleActsBeneficiarySearchQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type ConsoleActsBeneficiarySearchQuery = { beneficiaries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string } }> } };

export type ConsoleActsMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleActsMunicipalitiesQuery = { municipalities: Array<{ code: string, nameBg: string, province: { code: string, nameBg: string, nameEn: string } }> };

export type ConsoleApplyForAgreementMutationVariables = Exact<{
  input: ApplyForAgreementInput;
}>;


export type ConsoleApplyForAgreementMutation = { applyForAgreement: { id: string, status: ApplicationStatus, submittedOn: string, forwardedOn: string | null, forwardedTo: { code: string, nameBg: string } | null, applicant: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string } } };

export type ConsoleForwardApplicationMutationVariables = Exact<{
  applicationId: string;
  municipalityCode: string;
  forwardedOn?: string | null | undefined;
}>;


export type ConsoleForwardApplicationMutation = { forwardApplication: { id: string, status: ApplicationStatus, forwardedOn: string | null } };

export type ConsoleMunicipalityRegisterQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: MunicipalityRegisterFilter | null | undefined;
}>;


export type ConsoleMunicipalityRegisterQuery = { municipalityRegister: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, status: MunicipalityApplicationStatus, submittedOn: string, registeredOn: string | null, foreignersCount: number, municipalityInformation: string, plannedMeasures: string, municipality: { code: string, nameBg: string } } }> } };

export type ConsoleApplyToConcludeAgreementsMutationVariables = Exact<{
  input: ApplyToConcludeAgreementsInput;
}>;


export type ConsoleApplyToConcludeAgreementsMutation = { applyToConcludeAgreements: { id: string, status: MunicipalityApplicationStatus } };

export type ConsoleRegisterMunicipalityMutationVariables = Exact<{
  applicationId: string;
  registeredOn?: string | null | undefined;
}>;


export type ConsoleRegisterMunicipalityMutation = { registerMunicipality: { id: string, status: MunicipalityApplicationStatus, registeredOn: string | null } };

export type ConsoleChildCaseListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChildCaseFilter | null | undefined;
}>;


export type ConsoleChildCaseListQuery = { childCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: CaseStatus, separation: Separation, identifiedOn: string, givenName: string | null, familyName: string | null, nationality: string | null, missingSince: string | null } }> } };

export type ConsoleChildReferralsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
}>;


export type ConsoleChildReferralsQuery = { caseReferrals: Array<{ id: string, type: ReferralKind, reason: string, referredOn: string, status: ReferralStatus, consent: ConsentBasis, consentNote: string | null, sharedAreas: Array<CaseArea>, from: { code: string, nameBg: string, nameEn: string | null }, to: { code: string, nameBg: string, nameEn: string | null } }> };

export type ConsoleChildRespondToReferralMutationVariables = Exact<{
  referralId: string;
  status: ReferralStatus;
  response?: string | null | undefined;
}>;


export type ConsoleChildRespondToReferralMutation = { respondToReferral: { id: string, status: ReferralStatus, respondedOn: string | null } };

export type ConsoleChildOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type ConsoleChildOpenCaseMutation = { openChildCase: { id: string } };

export type ConsoleChildCaseQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleChildCaseQuery = { childCase: { id: string, version: number, status: CaseStatus, separation: Separation, identifiedOn: string, closedOn: string | null, closingReason: ClosingReason | null, givenName: string | null, familyName: string | null, namesDeclared: boolean | null, declaredBirthDate: string | null, nationality: string | null, languages: Array<string> | null, identifiedWhere: string | null, comesOfAgeOn: string | null, missingSince: string | null, statusHistory: Array<{ changedOn: string, fromStatus: CaseStatus | null, toStatus: CaseStatus, note: string | null }>, missingEpisodes: Array<{ id: string, since: string, foundOn: string | null, foundNote: string | null, reportedBy: { code: string, nameBg: string, nameEn: string | null }, foundBy: { code: string, nameBg: string, nameEn: string | null } | null }> | null, ageAssessments: Array<{ id: string, assessedOn: string, method: AgeMethod, minAge: number, maxAge: number, outcome: AgeOutcome, disputed: boolean }> | null, bestInterestsAssessments: Array<{ id: string, kind: AssessmentKind, madeOn: string, findings: string, recommendations: string, approval: ApprovalStatus, decidedOn: string | null, decisionNote: string | null }> | null, representatives: Array<{ kind: RepresentativeKind, name: string, appointedOn: string, endedOn: string | null }> | null, placements: Array<{ id: string, kind: PlacementKind, provider: string, fromDate: string, toDate: string | null, municipality: { code: string, nameBg: string } }> | null, needs: Array<{ id: string, area: CaseArea, description: string, plan: string | null, status: NeedStatus, recordedOn: string }>, participants: Array<{ role: string, joinedOn: string, institution: { code: string, nameBg: string, nameEn: string | null } }>, referrals: Array<{ id: string, type: ReferralKind, reason: string, referredOn: string, status: ReferralStatus, respondedOn: string | null, response: string | null, sharedAreas: Array<CaseArea>, consent: ConsentBasis, from: { code: string, nameBg: string, nameEn: string | null }, to: { code: string, nameBg: string, nameEn: string | null } }> } };

export type ConsoleChildAdvanceMutationVariables = Exact<{
  caseId: string;
  status: CaseStatus;
  note?: string | null | undefined;
}>;


export type ConsoleChildAdvanceMutation = { advanceChildCase: { id: string, status: CaseStatus } };

export type ConsoleChildCloseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type ConsoleChildCloseMutation = { closeChildCase: { id: string, status: CaseStatus } };

export type ConsoleChildRecordAgeMutationVariables = Exact<{
  input: RecordAgeAssessmentInput;
}>;


export type ConsoleChildRecordAgeMutation = { recordAgeAssessment: { id: string } };

export type ConsoleChildRecordBestInterestsMutationVariables = Exact<{
  input: RecordBestInterestsInput;
}>;


export type ConsoleChildRecordBestInterestsMutation = { recordBestInterestsAssessment: { id: string, approval: ApprovalStatus } };

export type ConsoleChildDecideBestInterestsMutationVariables = Exact<{
  assessmentId: string;
  approval: ApprovalStatus;
  note?: string | null | undefined;
}>;


export type ConsoleChildDecideBestInterestsMutation = { decideBestInterestsAssessment: { id: string, approval: ApprovalStatus, decidedOn: string | null } };

export type ConsoleChildReferMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ConsoleChildReferMutation = { referChildCase: { id: string, status: ReferralStatus } };

export type ConsoleChildRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type ConsoleChildRecordPlacementMutation = { recordPlacement: { id: string } };

export type ConsoleChildAppointRepresentativeMutationVariables = Exact<{
  input: AppointRepresentativeInput;
}>;


export type ConsoleChildAppointRepresentativeMutation = { appointRepresentative: { kind: RepresentativeKind } };

export type ConsoleChildAddParticipantMutationVariables = Exact<{
  caseId: string;
  institutionCode: string;
  role: string;
}>;


export type ConsoleChildAddParticipantMutation = { addCaseParticipant: { joinedOn: string } };

export type ConsoleChildReportMissingMutationVariables = Exact<{
  caseId: string;
  since?: string | null | undefined;
}>;


export type ConsoleChildReportMissingMutation = { reportChildMissing: { id: string, missingSince: string | null } };

export type ConsoleChildReportFoundMutationVariables = Exact<{
  caseId: string;
  foundOn?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ConsoleChildReportFoundMutation = { reportChildFound: { id: string, missingSince: string | null } };

export type ConsoleChildRecordNeedMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type ConsoleChildRecordNeedMutation = { recordChildNeed: { id: string } };

export type ConsoleMonitoringVisitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleMonitoringVisitsQuery = { monitoringVisits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, centre: string, visitedOn: string, findings: string, recommendations: string, followUpDueOn: string | null, followUp: string | null, followedUpOn: string | null, municipality: { code: string, nameBg: string } } }> } };

export type ConsoleRecordMonitoringVisitMutationVariables = Exact<{
  input: RecordMonitoringVisitInput;
}>;


export type ConsoleRecordMonitoringVisitMutation = { recordMonitoringVisit: { id: string } };

export type ConsoleRecordVisitFollowUpMutationVariables = Exact<{
  visitId: string;
  followUp: string;
  followedUpOn?: string | null | undefined;
}>;


export type ConsoleRecordVisitFollowUpMutation = { recordVisitFollowUp: { id: string } };

export type ConsoleChildReopenMutationVariables = Exact<{
  caseId: string;
  reason: string;
}>;


export type ConsoleChildReopenMutation = { reopenChildCase: { id: string, status: CaseStatus } };

export type ConsoleInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleInboxQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, article: string, dueBy: string, overdue: boolean, createdAt: string, acknowledgedAt: string | null, subjectType: string, sender: { code: string, nameBg: string, nameEn: string | null } | null } }> } };

export type ConsoleAcknowledgeMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleAcknowledgeMutation = { acknowledgeNotification: { id: string, acknowledgedAt: string | null } };

export type ConsoleIndicatorQueryVariables = Exact<{
  query: IndicatorQuery;
}>;


export type ConsoleIndicatorQuery = { indicator: { indicator: Indicator, article: string, from: string, to: string, groupBy: Array<IndicatorDimension>, threshold: number, total: number | null, cells: Array<{ citizenship: string | null, sex: Sex | null, ageGroup: AgeGroup | null, protectionKind: ProtectionKind | null, service: MeasureService | null, provinceCode: string | null, municipalityCode: string | null, count: number | null, suppressed: boolean }> } };

export type ConsoleAgreementStatisticsQueryVariables = Exact<{
  filter?: AgreementStatisticsFilter | null | undefined;
  groupBy: Array<AgreementDimension> | AgreementDimension;
}>;


export type ConsoleAgreementStatisticsQuery = { agreementStatistics: { groupBy: Array<AgreementDimension>, threshold: number, total: number | null, cells: Array<{ citizenship: string | null, sex: Sex | null, ageGroup: AgeGroup | null, protectionKind: ProtectionKind | null, status: AgreementStatus | null, provinceCode: string | null, municipalityCode: string | null, count: number | null, suppressed: boolean }> } };

export type ConsoleChildCaseIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleChildCaseIndicatorsQuery = { childCaseIndicators: { from: string, to: string, threshold: number, casesCoordinated: number | null, casesClosedTotal: number | null, casesClosedWithSupport: number | null, referrals: number | null, rapidAssessments: number | null, fullAssessments: number | null, monitoringVisits: number, visitFollowUpsOverdue: number, casesClosed: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByStatus: Array<{ key: string, count: number | null, suppressed: boolean }>, childrenByPlacement: Array<{ key: string, count: number | null, suppressed: boolean }> } };

export type ConsoleObjectionListQueryVariables = Exact<{
  after?: string | null | undefined;
  outcome?: ObjectionOutcome | null | undefined;
}>;


export type ConsoleObjectionListQuery = { objections: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, agreementId: string, activity: string, filedOn: string, outcome: ObjectionOutcome, decision: string | null, decidedOn: string | null } }> } };

export type ConsoleFileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type ConsoleFileObjectionMutation = { fileObjection: { id: string, outcome: ObjectionOutcome } };

export type ConsoleDecideObjectionMutationVariables = Exact<{
  input: DecideObjectionInput;
}>;


export type ConsoleDecideObjectionMutation = { decideObjection: { id: string, outcome: ObjectionOutcome } };

export type ConsoleOffenceListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleOffenceListQuery = { offenceReports: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: OffenceKind, committedOn: string, reportedOn: string, description: string, municipality: { code: string, nameBg: string }, beneficiary: { id: string, lnch: string, givenNameLatin: string, familyNameLatin: string, givenNameCyrillic: string | null, familyNameCyrillic: string | null, birthDate: string } | null } }> } };

export type ConsoleReportOffenceMutationVariables = Exact<{
  input: ReportOffenceInput;
}>;


export type ConsoleReportOffenceMutation = { reportOffence: { id: string } };

export type ConsoleOperatorsWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOperatorsWebhooksQuery = { institutionWebhooks: Array<{ url: string | null, updatedAt: string | null, registeredBy: string | null, institution: { code: string, kind: InstitutionKind, nameBg: string, nameEn: string | null } }> };

export type ConsoleOperatorsWebhookAttemptsQueryVariables = Exact<{
  institutionCode: string;
  first?: number | null | undefined;
}>;


export type ConsoleOperatorsWebhookAttemptsQuery = { webhookAttempts: Array<{ id: string, createdAt: string, attempt: number, notificationId: string | null, test: boolean, outcome: AttemptOutcome, statusCode: number | null, error: string | null, durationMs: number }> };

export type ConsoleOperatorsRegisterWebhookMutationVariables = Exact<{
  institutionCode: string;
  url: string;
}>;


export type ConsoleOperatorsRegisterWebhookMutation = { registerInstitutionWebhook: { secret: string, webhook: { url: string | null } } };

export type ConsoleOperatorsRotateKeyMutationVariables = Exact<{
  institutionCode: string;
}>;


export type ConsoleOperatorsRotateKeyMutation = { rotateWebhookKey: { secret: string, webhook: { url: string | null } } };

export type ConsoleOperatorsTestDeliveryMutationVariables = Exact<{
  institutionCode: string;
}>;


export type ConsoleOperatorsTestDeliveryMutation = { sendTestDelivery: { id: string, outcome: AttemptOutcome, statusCode: number | null, error: string | null } };

export type ConsoleOperatorsDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
}>;


export type ConsoleOperatorsDeliveriesQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, article: string, createdAt: string, dueBy: string, deliveredAt: string | null, failedAt: string | null, escalatedAt: string | null, overdue: boolean, sender: { code: string } | null, recipient: { code: string } } }> } };

export type ConsoleOperatorsRetryDeliveryMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleOperatorsRetryDeliveryMutation = { retryDelivery: { id: string, failedAt: string | null } };

export type ConsoleOperatorsAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type ConsoleOperatorsAuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: string, at: string, requestId: string, role: string, institutionCode: string, unit: string | null, subject: string, purpose: string | null, operationName: string | null, operationType: string, outcome: string, records: Array<{ dataClass: string, ids: Array<string> }> } }> } };

export type ConsoleOperatorsVerifyChainQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type ConsoleOperatorsVerifyChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, nextSeq: string | null } };

export type ConsoleOperatorsHubStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOperatorsHubStatusQuery = { hubStatus: { databaseReachable: boolean, databaseError: string | null, deliveryRuntime: boolean, jobQueueReachable: boolean, auditCheckpointOk: boolean | null, auditCheckpointError: string | null, lastCheckpointSeq: string | null, lastCheckpointAt: string | null, migrationsPending: Array<string>, jobQueues: Array<{ queue: string, state: string, count: number }>, migrationsApplied: Array<{ name: string, executedAt: string | null }> } };

export type ConsoleOperatorsAccessMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOperatorsAccessMatrixQuery = { accessMatrix: { dataClasses: Array<{ name: string, personal: boolean }>, roles: Array<{ role: string, reads: Array<string>, writes: Array<string>, limits: Array<string> }>, mutations: Array<{ name: string, dataClass: string, roles: Array<string> }> } };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { role: Role, unit: string | null, institutionCode: string, subject: string, reads: Array<DataClass>, acts: Array<string>, caseAreas: Array<CaseArea> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleAgreementPersonFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAgreementPerson on Beneficiary {
  id
  givenNameCyrillic
  familyNameCyrillic
  givenNameLatin
  familyNameLatin
  birthDate
}
    `, {"fragmentName":"ConsoleAgreementPerson"}) as unknown as TypedDocumentString<ConsoleAgreementPersonFragment, unknown>;
export const ConsoleActsPersonFragmentDoc = new TypedDocumentString(`
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}
    `, {"fragmentName":"ConsoleActsPerson"}) as unknown as TypedDocumentString<ConsoleActsPersonFragment, unknown>;
export const ConsoleApplicationRowFragmentDoc = new TypedDocumentString(`
    fragment ConsoleApplicationRow on AgreementApplication {
  id
  status
  submittedOn
  forwardedOn
  forwardedTo {
    code
    nameBg
  }
  applicant {
    ...ConsoleActsPerson
  }
}
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}`, {"fragmentName":"ConsoleApplicationRow"}) as unknown as TypedDocumentString<ConsoleApplicationRowFragment, unknown>;
export const ConsoleAgreementListDocument = new TypedDocumentString(`
    query ConsoleAgreementList($after: String, $filter: AgreementFilter) {
  agreements(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        status
        signedOn
        endsOn
        municipality {
          code
          nameBg
        }
        holder {
          ...ConsoleAgreementPerson
        }
      }
    }
  }
}
    fragment ConsoleAgreementPerson on Beneficiary {
  id
  givenNameCyrillic
  familyNameCyrillic
  givenNameLatin
  familyNameLatin
  birthDate
}`) as unknown as TypedDocumentString<ConsoleAgreementListQuery, ConsoleAgreementListQueryVariables>;
export const ConsoleAgreementApplicationsDocument = new TypedDocumentString(`
    query ConsoleAgreementApplications($after: String) {
  agreementApplications(first: 20, after: $after, filter: {status: FORWARDED}) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        status
        submittedOn
        forwardedOn
        applicant {
          ...ConsoleAgreementPerson
          family {
            relation
            relative {
              ...ConsoleAgreementPerson
            }
          }
        }
      }
    }
  }
}
    fragment ConsoleAgreementPerson on Beneficiary {
  id
  givenNameCyrillic
  familyNameCyrillic
  givenNameLatin
  familyNameLatin
  birthDate
}`) as unknown as TypedDocumentString<ConsoleAgreementApplicationsQuery, ConsoleAgreementApplicationsQueryVariables>;
export const ConsoleAgreementDocument = new TypedDocumentString(`
    query ConsoleAgreement($id: ID!) {
  agreement(id: $id) {
    id
    version
    status
    signedOn
    endsOn
    extendedOn
    extensionConsentOn
    extensionConsentReference
    terminatedOn
    terminationGround
    terminationArticle
    terminationNote
    transferredOn
    transferredFrom {
      id
      municipality {
        code
        nameBg
      }
    }
    transferredTo {
      id
      municipality {
        code
        nameBg
      }
    }
    municipality {
      code
      nameBg
      province {
        code
        nameBg
        nameEn
      }
    }
    holder {
      ...ConsoleAgreementPerson
    }
    members {
      role
      joinedOn
      leftOn
      leftOnGround
      beneficiary {
        ...ConsoleAgreementPerson
      }
    }
    plans {
      id
      kind
      beneficiary {
        ...ConsoleAgreementPerson
      }
      measures {
        id
        area
        service
        description
        dueOn
        fundingSource
        partnerOrganisation
        status
        result
        resultRecordedOn
        responsibleInstitution {
          code
          nameBg
          nameEn
        }
      }
    }
  }
}
    fragment ConsoleAgreementPerson on Beneficiary {
  id
  givenNameCyrillic
  familyNameCyrillic
  givenNameLatin
  familyNameLatin
  birthDate
}`) as unknown as TypedDocumentString<ConsoleAgreementQuery, ConsoleAgreementQueryVariables>;
export const ConsoleAgreementWhoAccessedDocument = new TypedDocumentString(`
    query ConsoleAgreementWhoAccessed($beneficiaryId: ID!) {
  whoAccessed(beneficiaryId: $beneficiaryId) {
    at
    count
    institutionCode
    role
    purpose
    operationName
    operationType
    outcome
  }
}
    `) as unknown as TypedDocumentString<ConsoleAgreementWhoAccessedQuery, ConsoleAgreementWhoAccessedQueryVariables>;
export const ConsoleAgreementMunicipalitiesDocument = new TypedDocumentString(`
    query ConsoleAgreementMunicipalities {
  municipalities {
    code
    nameBg
  }
}
    `) as unknown as TypedDocumentString<ConsoleAgreementMunicipalitiesQuery, ConsoleAgreementMunicipalitiesQueryVariables>;
export const ConsoleAgreementInstitutionsDocument = new TypedDocumentString(`
    query ConsoleAgreementInstitutions {
  institutions {
    code
    kind
    nameBg
    nameEn
    province {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAgreementInstitutionsQuery, ConsoleAgreementInstitutionsQueryVariables>;
export const ConsoleConcludeAgreementDocument = new TypedDocumentString(`
    mutation ConsoleConcludeAgreement($input: ConcludeAgreementInput!) {
  concludeAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleConcludeAgreementMutation, ConsoleConcludeAgreementMutationVariables>;
export const ConsoleSignAgreementDocument = new TypedDocumentString(`
    mutation ConsoleSignAgreement($input: SignAgreementInput!) {
  signAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleSignAgreementMutation, ConsoleSignAgreementMutationVariables>;
export const ConsoleExtendAgreementDocument = new TypedDocumentString(`
    mutation ConsoleExtendAgreement($input: ExtendAgreementInput!) {
  extendAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleExtendAgreementMutation, ConsoleExtendAgreementMutationVariables>;
export const ConsoleTerminateAgreementDocument = new TypedDocumentString(`
    mutation ConsoleTerminateAgreement($input: TerminateAgreementInput!) {
  terminateAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleTerminateAgreementMutation, ConsoleTerminateAgreementMutationVariables>;
export const ConsoleTransferAgreementDocument = new TypedDocumentString(`
    mutation ConsoleTransferAgreement($input: TransferAgreementInput!) {
  transferAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleTransferAgreementMutation, ConsoleTransferAgreementMutationVariables>;
export const ConsoleAddMeasureDocument = new TypedDocumentString(`
    mutation ConsoleAddMeasure($input: AddMeasureInput!) {
  addMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddMeasureMutation, ConsoleAddMeasureMutationVariables>;
export const ConsoleRecordMeasureResultDocument = new TypedDocumentString(`
    mutation ConsoleRecordMeasureResult($input: RecordMeasureResultInput!) {
  recordMeasureResult(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordMeasureResultMutation, ConsoleRecordMeasureResultMutationVariables>;
export const ConsoleApplicationListDocument = new TypedDocumentString(`
    query ConsoleApplicationList($after: String, $filter: AgreementApplicationFilter) {
  agreementApplications(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ConsoleApplicationRow
      }
    }
  }
}
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}
fragment ConsoleApplicationRow on AgreementApplication {
  id
  status
  submittedOn
  forwardedOn
  forwardedTo {
    code
    nameBg
  }
  applicant {
    ...ConsoleActsPerson
  }
}`) as unknown as TypedDocumentString<ConsoleApplicationListQuery, ConsoleApplicationListQueryVariables>;
export const ConsoleActsBeneficiarySearchDocument = new TypedDocumentString(`
    query ConsoleActsBeneficiarySearch($after: String, $filter: BeneficiaryFilter) {
  beneficiaries(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ConsoleActsPerson
      }
    }
  }
}
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}`) as unknown as TypedDocumentString<ConsoleActsBeneficiarySearchQuery, ConsoleActsBeneficiarySearchQueryVariables>;
export const ConsoleActsMunicipalitiesDocument = new TypedDocumentString(`
    query ConsoleActsMunicipalities {
  municipalities {
    code
    nameBg
    province {
      code
      nameBg
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleActsMunicipalitiesQuery, ConsoleActsMunicipalitiesQueryVariables>;
export const ConsoleApplyForAgreementDocument = new TypedDocumentString(`
    mutation ConsoleApplyForAgreement($input: ApplyForAgreementInput!) {
  applyForAgreement(input: $input) {
    ...ConsoleApplicationRow
  }
}
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}
fragment ConsoleApplicationRow on AgreementApplication {
  id
  status
  submittedOn
  forwardedOn
  forwardedTo {
    code
    nameBg
  }
  applicant {
    ...ConsoleActsPerson
  }
}`) as unknown as TypedDocumentString<ConsoleApplyForAgreementMutation, ConsoleApplyForAgreementMutationVariables>;
export const ConsoleForwardApplicationDocument = new TypedDocumentString(`
    mutation ConsoleForwardApplication($applicationId: ID!, $municipalityCode: String!, $forwardedOn: Date) {
  forwardApplication(
    applicationId: $applicationId
    municipalityCode: $municipalityCode
    forwardedOn: $forwardedOn
  ) {
    id
    status
    forwardedOn
  }
}
    `) as unknown as TypedDocumentString<ConsoleForwardApplicationMutation, ConsoleForwardApplicationMutationVariables>;
export const ConsoleMunicipalityRegisterDocument = new TypedDocumentString(`
    query ConsoleMunicipalityRegister($after: String, $filter: MunicipalityRegisterFilter) {
  municipalityRegister(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        status
        submittedOn
        registeredOn
        foreignersCount
        municipalityInformation
        plannedMeasures
        municipality {
          code
          nameBg
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMunicipalityRegisterQuery, ConsoleMunicipalityRegisterQueryVariables>;
export const ConsoleApplyToConcludeAgreementsDocument = new TypedDocumentString(`
    mutation ConsoleApplyToConcludeAgreements($input: ApplyToConcludeAgreementsInput!) {
  applyToConcludeAgreements(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleApplyToConcludeAgreementsMutation, ConsoleApplyToConcludeAgreementsMutationVariables>;
export const ConsoleRegisterMunicipalityDocument = new TypedDocumentString(`
    mutation ConsoleRegisterMunicipality($applicationId: ID!, $registeredOn: Date) {
  registerMunicipality(applicationId: $applicationId, registeredOn: $registeredOn) {
    id
    status
    registeredOn
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegisterMunicipalityMutation, ConsoleRegisterMunicipalityMutationVariables>;
export const ConsoleChildCaseListDocument = new TypedDocumentString(`
    query ConsoleChildCaseList($first: Int, $after: String, $filter: ChildCaseFilter) {
  childCases(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        separation
        identifiedOn
        givenName
        familyName
        nationality
        missingSince
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildCaseListQuery, ConsoleChildCaseListQueryVariables>;
export const ConsoleChildReferralsDocument = new TypedDocumentString(`
    query ConsoleChildReferrals($status: ReferralStatus) {
  caseReferrals(status: $status) {
    id
    type
    reason
    referredOn
    status
    consent
    consentNote
    sharedAreas
    from {
      code
      nameBg
      nameEn
    }
    to {
      code
      nameBg
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildReferralsQuery, ConsoleChildReferralsQueryVariables>;
export const ConsoleChildRespondToReferralDocument = new TypedDocumentString(`
    mutation ConsoleChildRespondToReferral($referralId: ID!, $status: ReferralStatus!, $response: String) {
  respondToReferral(referralId: $referralId, status: $status, response: $response) {
    id
    status
    respondedOn
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildRespondToReferralMutation, ConsoleChildRespondToReferralMutationVariables>;
export const ConsoleChildOpenCaseDocument = new TypedDocumentString(`
    mutation ConsoleChildOpenCase($input: OpenCaseInput!) {
  openChildCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildOpenCaseMutation, ConsoleChildOpenCaseMutationVariables>;
export const ConsoleChildCaseDocument = new TypedDocumentString(`
    query ConsoleChildCase($id: ID!) {
  childCase(id: $id) {
    id
    version
    status
    separation
    identifiedOn
    closedOn
    closingReason
    statusHistory {
      changedOn
      fromStatus
      toStatus
      note
    }
    givenName
    familyName
    namesDeclared
    declaredBirthDate
    nationality
    languages
    identifiedWhere
    comesOfAgeOn
    missingSince
    missingEpisodes {
      id
      since
      foundOn
      foundNote
      reportedBy {
        code
        nameBg
        nameEn
      }
      foundBy {
        code
        nameBg
        nameEn
      }
    }
    ageAssessments {
      id
      assessedOn
      method
      minAge
      maxAge
      outcome
      disputed
    }
    bestInterestsAssessments {
      id
      kind
      madeOn
      findings
      recommendations
      approval
      decidedOn
      decisionNote
    }
    representatives {
      kind
      name
      appointedOn
      endedOn
    }
    placements {
      id
      kind
      provider
      fromDate
      toDate
      municipality {
        code
        nameBg
      }
    }
    needs {
      id
      area
      description
      plan
      status
      recordedOn
    }
    participants {
      role
      joinedOn
      institution {
        code
        nameBg
        nameEn
      }
    }
    referrals {
      id
      type
      reason
      referredOn
      status
      respondedOn
      response
      sharedAreas
      consent
      from {
        code
        nameBg
        nameEn
      }
      to {
        code
        nameBg
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildCaseQuery, ConsoleChildCaseQueryVariables>;
export const ConsoleChildAdvanceDocument = new TypedDocumentString(`
    mutation ConsoleChildAdvance($caseId: ID!, $status: CaseStatus!, $note: String) {
  advanceChildCase(caseId: $caseId, status: $status, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildAdvanceMutation, ConsoleChildAdvanceMutationVariables>;
export const ConsoleChildCloseDocument = new TypedDocumentString(`
    mutation ConsoleChildClose($input: CloseCaseInput!) {
  closeChildCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildCloseMutation, ConsoleChildCloseMutationVariables>;
export const ConsoleChildRecordAgeDocument = new TypedDocumentString(`
    mutation ConsoleChildRecordAge($input: RecordAgeAssessmentInput!) {
  recordAgeAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildRecordAgeMutation, ConsoleChildRecordAgeMutationVariables>;
export const ConsoleChildRecordBestInterestsDocument = new TypedDocumentString(`
    mutation ConsoleChildRecordBestInterests($input: RecordBestInterestsInput!) {
  recordBestInterestsAssessment(input: $input) {
    id
    approval
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildRecordBestInterestsMutation, ConsoleChildRecordBestInterestsMutationVariables>;
export const ConsoleChildDecideBestInterestsDocument = new TypedDocumentString(`
    mutation ConsoleChildDecideBestInterests($assessmentId: ID!, $approval: ApprovalStatus!, $note: String) {
  decideBestInterestsAssessment(
    assessmentId: $assessmentId
    approval: $approval
    note: $note
  ) {
    id
    approval
    decidedOn
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildDecideBestInterestsMutation, ConsoleChildDecideBestInterestsMutationVariables>;
export const ConsoleChildReferDocument = new TypedDocumentString(`
    mutation ConsoleChildRefer($input: ReferCaseInput!) {
  referChildCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildReferMutation, ConsoleChildReferMutationVariables>;
export const ConsoleChildRecordPlacementDocument = new TypedDocumentString(`
    mutation ConsoleChildRecordPlacement($input: RecordPlacementInput!) {
  recordPlacement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildRecordPlacementMutation, ConsoleChildRecordPlacementMutationVariables>;
export const ConsoleChildAppointRepresentativeDocument = new TypedDocumentString(`
    mutation ConsoleChildAppointRepresentative($input: AppointRepresentativeInput!) {
  appointRepresentative(input: $input) {
    kind
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildAppointRepresentativeMutation, ConsoleChildAppointRepresentativeMutationVariables>;
export const ConsoleChildAddParticipantDocument = new TypedDocumentString(`
    mutation ConsoleChildAddParticipant($caseId: ID!, $institutionCode: String!, $role: String!) {
  addCaseParticipant(
    caseId: $caseId
    institutionCode: $institutionCode
    role: $role
  ) {
    joinedOn
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildAddParticipantMutation, ConsoleChildAddParticipantMutationVariables>;
export const ConsoleChildReportMissingDocument = new TypedDocumentString(`
    mutation ConsoleChildReportMissing($caseId: ID!, $since: String) {
  reportChildMissing(caseId: $caseId, since: $since) {
    id
    missingSince
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildReportMissingMutation, ConsoleChildReportMissingMutationVariables>;
export const ConsoleChildReportFoundDocument = new TypedDocumentString(`
    mutation ConsoleChildReportFound($caseId: ID!, $foundOn: String, $note: String) {
  reportChildFound(caseId: $caseId, foundOn: $foundOn, note: $note) {
    id
    missingSince
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildReportFoundMutation, ConsoleChildReportFoundMutationVariables>;
export const ConsoleChildRecordNeedDocument = new TypedDocumentString(`
    mutation ConsoleChildRecordNeed($input: RecordNeedInput!) {
  recordChildNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildRecordNeedMutation, ConsoleChildRecordNeedMutationVariables>;
export const ConsoleMonitoringVisitsDocument = new TypedDocumentString(`
    query ConsoleMonitoringVisits($first: Int, $after: String) {
  monitoringVisits(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        centre
        visitedOn
        findings
        recommendations
        followUpDueOn
        followUp
        followedUpOn
        municipality {
          code
          nameBg
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMonitoringVisitsQuery, ConsoleMonitoringVisitsQueryVariables>;
export const ConsoleRecordMonitoringVisitDocument = new TypedDocumentString(`
    mutation ConsoleRecordMonitoringVisit($input: RecordMonitoringVisitInput!) {
  recordMonitoringVisit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordMonitoringVisitMutation, ConsoleRecordMonitoringVisitMutationVariables>;
export const ConsoleRecordVisitFollowUpDocument = new TypedDocumentString(`
    mutation ConsoleRecordVisitFollowUp($visitId: ID!, $followUp: String!, $followedUpOn: String) {
  recordVisitFollowUp(
    visitId: $visitId
    followUp: $followUp
    followedUpOn: $followedUpOn
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordVisitFollowUpMutation, ConsoleRecordVisitFollowUpMutationVariables>;
export const ConsoleChildReopenDocument = new TypedDocumentString(`
    mutation ConsoleChildReopen($caseId: ID!, $reason: String!) {
  reopenChildCase(caseId: $caseId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildReopenMutation, ConsoleChildReopenMutationVariables>;
export const ConsoleInboxDocument = new TypedDocumentString(`
    query ConsoleInbox($first: Int) {
  notifications(first: $first, filter: {received: true}) {
    totalCount
    edges {
      node {
        id
        kind
        article
        dueBy
        overdue
        createdAt
        acknowledgedAt
        subjectType
        sender {
          code
          nameBg
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleAcknowledgeDocument = new TypedDocumentString(`
    mutation ConsoleAcknowledge($id: ID!) {
  acknowledgeNotification(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcknowledgeMutation, ConsoleAcknowledgeMutationVariables>;
export const ConsoleIndicatorDocument = new TypedDocumentString(`
    query ConsoleIndicator($query: IndicatorQuery!) {
  indicator(query: $query) {
    indicator
    article
    from
    to
    groupBy
    threshold
    total
    cells {
      citizenship
      sex
      ageGroup
      protectionKind
      service
      provinceCode
      municipalityCode
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleIndicatorQuery, ConsoleIndicatorQueryVariables>;
export const ConsoleAgreementStatisticsDocument = new TypedDocumentString(`
    query ConsoleAgreementStatistics($filter: AgreementStatisticsFilter, $groupBy: [AgreementDimension!]!) {
  agreementStatistics(filter: $filter, groupBy: $groupBy) {
    groupBy
    threshold
    total
    cells {
      citizenship
      sex
      ageGroup
      protectionKind
      status
      provinceCode
      municipalityCode
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAgreementStatisticsQuery, ConsoleAgreementStatisticsQueryVariables>;
export const ConsoleChildCaseIndicatorsDocument = new TypedDocumentString(`
    query ConsoleChildCaseIndicators($from: Date!, $to: Date!) {
  childCaseIndicators(from: $from, to: $to) {
    from
    to
    threshold
    casesCoordinated
    casesClosedTotal
    casesClosedWithSupport
    referrals
    rapidAssessments
    fullAssessments
    monitoringVisits
    visitFollowUpsOverdue
    casesClosed {
      key
      count
      suppressed
    }
    childrenByStatus {
      key
      count
      suppressed
    }
    childrenByPlacement {
      key
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildCaseIndicatorsQuery, ConsoleChildCaseIndicatorsQueryVariables>;
export const ConsoleObjectionListDocument = new TypedDocumentString(`
    query ConsoleObjectionList($after: String, $outcome: ObjectionOutcome) {
  objections(first: 20, after: $after, outcome: $outcome) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        agreementId
        activity
        filedOn
        outcome
        decision
        decidedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleObjectionListQuery, ConsoleObjectionListQueryVariables>;
export const ConsoleFileObjectionDocument = new TypedDocumentString(`
    mutation ConsoleFileObjection($input: FileObjectionInput!) {
  fileObjection(input: $input) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<ConsoleFileObjectionMutation, ConsoleFileObjectionMutationVariables>;
export const ConsoleDecideObjectionDocument = new TypedDocumentString(`
    mutation ConsoleDecideObjection($input: DecideObjectionInput!) {
  decideObjection(input: $input) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideObjectionMutation, ConsoleDecideObjectionMutationVariables>;
export const ConsoleOffenceListDocument = new TypedDocumentString(`
    query ConsoleOffenceList($after: String) {
  offenceReports(first: 20, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        kind
        committedOn
        reportedOn
        description
        municipality {
          code
          nameBg
        }
        beneficiary {
          ...ConsoleActsPerson
        }
      }
    }
  }
}
    fragment ConsoleActsPerson on Beneficiary {
  id
  lnch
  givenNameLatin
  familyNameLatin
  givenNameCyrillic
  familyNameCyrillic
  birthDate
}`) as unknown as TypedDocumentString<ConsoleOffenceListQuery, ConsoleOffenceListQueryVariables>;
export const ConsoleReportOffenceDocument = new TypedDocumentString(`
    mutation ConsoleReportOffence($input: ReportOffenceInput!) {
  reportOffence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleReportOffenceMutation, ConsoleReportOffenceMutationVariables>;
export const ConsoleOperatorsWebhooksDocument = new TypedDocumentString(`
    query ConsoleOperatorsWebhooks {
  institutionWebhooks {
    institution {
      code
      kind
      nameBg
      nameEn
    }
    url
    updatedAt
    registeredBy
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsWebhooksQuery, ConsoleOperatorsWebhooksQueryVariables>;
export const ConsoleOperatorsWebhookAttemptsDocument = new TypedDocumentString(`
    query ConsoleOperatorsWebhookAttempts($institutionCode: String!, $first: Int) {
  webhookAttempts(institutionCode: $institutionCode, first: $first) {
    id
    createdAt
    attempt
    notificationId
    test
    outcome
    statusCode
    error
    durationMs
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsWebhookAttemptsQuery, ConsoleOperatorsWebhookAttemptsQueryVariables>;
export const ConsoleOperatorsRegisterWebhookDocument = new TypedDocumentString(`
    mutation ConsoleOperatorsRegisterWebhook($institutionCode: String!, $url: String!) {
  registerInstitutionWebhook(institutionCode: $institutionCode, url: $url) {
    secret
    webhook {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsRegisterWebhookMutation, ConsoleOperatorsRegisterWebhookMutationVariables>;
export const ConsoleOperatorsRotateKeyDocument = new TypedDocumentString(`
    mutation ConsoleOperatorsRotateKey($institutionCode: String!) {
  rotateWebhookKey(institutionCode: $institutionCode) {
    secret
    webhook {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsRotateKeyMutation, ConsoleOperatorsRotateKeyMutationVariables>;
export const ConsoleOperatorsTestDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleOperatorsTestDelivery($institutionCode: String!) {
  sendTestDelivery(institutionCode: $institutionCode) {
    id
    outcome
    statusCode
    error
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsTestDeliveryMutation, ConsoleOperatorsTestDeliveryMutationVariables>;
export const ConsoleOperatorsDeliveriesDocument = new TypedDocumentString(`
    query ConsoleOperatorsDeliveries($first: Int, $after: String, $filter: NotificationFilter) {
  notifications(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        article
        createdAt
        dueBy
        deliveredAt
        failedAt
        escalatedAt
        overdue
        sender {
          code
        }
        recipient {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsDeliveriesQuery, ConsoleOperatorsDeliveriesQueryVariables>;
export const ConsoleOperatorsRetryDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleOperatorsRetryDelivery($id: ID!) {
  retryDelivery(id: $id) {
    id
    failedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsRetryDeliveryMutation, ConsoleOperatorsRetryDeliveryMutationVariables>;
export const ConsoleOperatorsAuditLogDocument = new TypedDocumentString(`
    query ConsoleOperatorsAuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        seq
        at
        requestId
        role
        institutionCode
        unit
        subject
        purpose
        operationName
        operationType
        outcome
        records {
          dataClass
          ids
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsAuditLogQuery, ConsoleOperatorsAuditLogQueryVariables>;
export const ConsoleOperatorsVerifyChainDocument = new TypedDocumentString(`
    query ConsoleOperatorsVerifyChain($from: String) {
  verifyAuditChain(from: $from) {
    ok
    checked
    firstBrokenSeq
    reason
    nextSeq
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsVerifyChainQuery, ConsoleOperatorsVerifyChainQueryVariables>;
export const ConsoleOperatorsHubStatusDocument = new TypedDocumentString(`
    query ConsoleOperatorsHubStatus {
  hubStatus {
    databaseReachable
    databaseError
    deliveryRuntime
    jobQueueReachable
    jobQueues {
      queue
      state
      count
    }
    auditCheckpointOk
    auditCheckpointError
    lastCheckpointSeq
    lastCheckpointAt
    migrationsApplied {
      name
      executedAt
    }
    migrationsPending
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsHubStatusQuery, ConsoleOperatorsHubStatusQueryVariables>;
export const ConsoleOperatorsAccessMatrixDocument = new TypedDocumentString(`
    query ConsoleOperatorsAccessMatrix {
  accessMatrix {
    dataClasses {
      name
      personal
    }
    roles {
      role
      reads
      writes
      limits
    }
    mutations {
      name
      dataClass
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOperatorsAccessMatrixQuery, ConsoleOperatorsAccessMatrixQueryVariables>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    role
    unit
    institutionCode
    subject
    reads
    acts
    caseAreas
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;