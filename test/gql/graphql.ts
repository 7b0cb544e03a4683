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

export type AgreementApplicationFilter = {
  /** Municipality code the applicant was forwarded to. At most 50 characters, one line. */
  forwardedTo?: string | null | undefined;
  status?: ApplicationStatus | null | undefined;
};

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: Role, unit: string | null, subject: string, institutionCode: string, purpose: string | null } };

export type MeAndProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAndProvincesQuery = { me: { role: Role }, provinces: Array<{ code: string }> };

export type MeCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeCapabilitiesQuery = { me: { role: Role, reads: Array<DataClass>, acts: Array<string>, caseAreas: Array<CaseArea> } };

export const AgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationGround"}},{"kind":"Field","name":{"kind":"Name","value":"terminationArticle"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOnGround"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const BeneficiaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<BeneficiaryFieldsFragment, unknown>;
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
export const ApplyToConcludeAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToConcludeAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToConcludeAgreementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToConcludeAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foreignersCount"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToConcludeAgreementsMutation, ApplyToConcludeAgreementsMutationVariables>;
export const RegisterMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registeredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registeredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registeredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]} as unknown as DocumentNode<RegisterMunicipalityMutation, RegisterMunicipalityMutationVariables>;
export const MunicipalityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityRegisterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityRegisterQuery, MunicipalityRegisterQueryVariables>;
export const ApplyForAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForAgreementMutation, ApplyForAgreementMutationVariables>;
export const ForwardApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forwardedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"forwardedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forwardedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForwardApplicationMutation, ForwardApplicationMutationVariables>;
export const AgreementApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementApplicationsQuery, AgreementApplicationsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextSeq"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const WhoAccessedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAccessed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAccessed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<WhoAccessedQuery, WhoAccessedQueryVariables>;
export const RegisterBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<RegisterBeneficiaryMutation, RegisterBeneficiaryMutationVariables>;
export const UpdateBeneficiaryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBeneficiaryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBeneficiaryProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBeneficiaryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"integrationProfile"}}]}}]}}]} as unknown as DocumentNode<UpdateBeneficiaryProfileMutation, UpdateBeneficiaryProfileMutationVariables>;
export const LinkFamilyMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkFamilyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyRelation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkFamilyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkFamilyMembersMutation, LinkFamilyMembersMutationVariables>;
export const BeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Beneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameCyrillic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"stateless"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"familyStatus"}}]}}]} as unknown as DocumentNode<BeneficiaryQuery, BeneficiaryQueryVariables>;
export const BeneficiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Beneficiaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lnch"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiariesQuery, BeneficiariesQueryVariables>;
export const RecordProtectionDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProtectionDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtectionDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtectionDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDecisionServedOn"}}]}}]}}]} as unknown as DocumentNode<RecordProtectionDecisionMutation, RecordProtectionDecisionMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lnch"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ReportOffenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOffence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportOffenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOffence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReportOffenceMutation, ReportOffenceMutationVariables>;
export const OffenceReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffenceReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffenceReportsQuery, OffenceReportsQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const ObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Objections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionsQuery, ObjectionsQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"centreEkatte"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MeAndProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAndProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MeAndProvincesQuery, MeAndProvincesQueryVariables>;
export const MeCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"acts"}},{"kind":"Field","name":{"kind":"Name","value":"caseAreas"}}]}}]}}]} as unknown as DocumentNode<MeCapabilitiesQuery, MeCapabilitiesQueryVariables>;