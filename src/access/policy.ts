import type { Role } from './principal.js';

/**
 * THE access policy of the hub (statutory-views.md), held in one place.
 *
 * 1. Every field of every GraphQL object type belongs to a data class (`fieldClasses`); a type may
 *    give a class to all its fields with '*', a field entry overrides it.
 * 2. `readMatrix` says which roles may read which class; fields of `Query` and of object types are
 *    reads. Rows are limited further by the scopes in ./scopes.ts, applied in SQL.
 * 3. Every mutation names its class and the roles that may perform it (`mutations`); the service
 *    then checks that the target row is in the principal's write scope.
 *
 * From this come the graphql-shield rules (./shield.ts); the tests walk it against the live schema:
 * a field or mutation with no entry fails the suite and is refused at run time.
 *
 * Roles not yet in the matrix are denied everything but public data (statutory-views issue).
 */
export enum DataClass {
  /** Reference data anyone may read, even without a token: provinces, municipalities, institutions. */
  PUBLIC = 'PUBLIC',
  /** What the caller's own token says about the caller. */
  SESSION = 'SESSION',
  /** Pagination structure (edges, pageInfo, counts); the list field that returns it is checked. */
  STRUCTURE = 'STRUCTURE',
  IDENTITY = 'IDENTITY',
  PROFILE = 'PROFILE',
  /** Foreigners' applications to SAR (Art. 16) and their forwarding (Art. 20 p.5). */
  APPLICATION = 'APPLICATION',
  /** Municipalities' applications and SAR's register of them (Art. 13). */
  REGISTER = 'REGISTER',
  /** An agreement's municipality, status and term: what RZI and RZOK may know (statutory-views.md). */
  AGREEMENT_TERM = 'AGREEMENT_TERM',
  /** Early termination and its ground: MVR's share beside status and term (Art. 14 p.11, 31(2)). */
  TERMINATION = 'TERMINATION',
  /** The rest of the agreement: extension and consent, members, the mayor's duties, transfer. */
  AGREEMENT = 'AGREEMENT',
  PLAN = 'PLAN',
  CHILD = 'CHILD',
  /** MVR's reports of offences by beneficiaries to the mayor (Art. 24(2)). */
  OFFENCE = 'OFFENCE',
  /** Foreigners' objections to the regional governor and the decisions (Art. 18). */
  OBJECTION = 'OBJECTION',
  /** The access log: ADMIN only (statutory-views.md). */
  AUDIT = 'AUDIT',
}

/** Classes whose reads are personal data (statutory-views.md: recorded in the audit log). */
export const PERSONAL_CLASSES: ReadonlySet<DataClass> = new Set([
  DataClass.IDENTITY,
  DataClass.PROFILE,
  DataClass.APPLICATION,
  DataClass.PLAN,
  DataClass.CHILD,
  DataClass.OFFENCE,
  DataClass.OBJECTION,
]);

const {
  PUBLIC,
  SESSION,
  STRUCTURE,
  IDENTITY,
  PROFILE,
  APPLICATION,
  REGISTER,
  AGREEMENT_TERM,
  TERMINATION,
  AGREEMENT,
  PLAN,
  CHILD,
  OFFENCE,
  OBJECTION,
  AUDIT,
} = DataClass;

/** Who may read which class; row scopes (./scopes.ts) narrow it to rows. */
export const readMatrix: Readonly<Partial<Record<Role, readonly DataClass[]>>> = {
  // statutory-views.md: RW identity, profile, agreement, plan, child of its own agreements and forwarded applicants.
  MUNICIPALITY: [IDENTITY, PROFILE, APPLICATION, REGISTER, AGREEMENT_TERM, TERMINATION, AGREEMENT, PLAN, CHILD, OFFENCE, OBJECTION],
  // statutory-views.md: RW identity and profile of all; R agreements (the register); no plans or children's plans.
  SAR: [IDENTITY, PROFILE, APPLICATION, REGISTER, AGREEMENT_TERM, TERMINATION, AGREEMENT],
  // statutory-views.md: identity and profile of beneficiaries with an agreement; all agreements.
  DANS: [IDENTITY, PROFILE, AGREEMENT_TERM, TERMINATION, AGREEMENT],
  // statutory-views.md: identity of parties to agreements in its province; status and term only.
  RZI: [IDENTITY, AGREEMENT_TERM],
  RZOK: [IDENTITY, AGREEMENT_TERM],
  // statutory-views.md: all agreements, no personal data.
  COORDINATOR: [AGREEMENT_TERM, TERMINATION, AGREEMENT],
  // statutory-views.md: identity of beneficiaries with an agreement; all agreements' status, term and
  // termination; its own offence reports.
  MVR: [IDENTITY, AGREEMENT_TERM, TERMINATION, OFFENCE],
  // Art. 18: the objections of its province. (The parties' data come with the statutory-views issue.)
  GOVERNOR: [OBJECTION],
  // statutory-views.md: institutions, accounts, the audit log — no personal data.
  ADMIN: [AUDIT],
};

export interface MutationPolicy {
  dataClass: DataClass;
  roles: readonly Role[];
}

/** Every mutation: its class and who may perform it. The service checks the target row's scope. */
export const mutations: Readonly<Record<string, MutationPolicy>> = {
  registerBeneficiary: { dataClass: IDENTITY, roles: ['SAR'] },
  recordProtectionDecision: { dataClass: IDENTITY, roles: ['SAR'] },
  updateBeneficiaryProfile: { dataClass: PROFILE, roles: ['SAR', 'MUNICIPALITY'] },
  linkFamilyMembers: { dataClass: PROFILE, roles: ['SAR'] },
  applyForAgreement: { dataClass: APPLICATION, roles: ['SAR'] },
  forwardApplication: { dataClass: APPLICATION, roles: ['SAR'] },
  applyToConcludeAgreements: { dataClass: REGISTER, roles: ['MUNICIPALITY'] },
  registerMunicipality: { dataClass: REGISTER, roles: ['SAR'] },
  concludeAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  signAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  extendAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  terminateAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  transferAgreement: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  recordMayorDuty: { dataClass: AGREEMENT, roles: ['MUNICIPALITY'] },
  addMeasure: { dataClass: PLAN, roles: ['MUNICIPALITY'] },
  recordMeasureResult: { dataClass: PLAN, roles: ['MUNICIPALITY'] },
  recordChildAssessment: { dataClass: CHILD, roles: ['MUNICIPALITY'] },
  reportOffence: { dataClass: OFFENCE, roles: ['MVR'] },
  fileObjection: { dataClass: OBJECTION, roles: ['GOVERNOR'] },
  decideObjection: { dataClass: OBJECTION, roles: ['GOVERNOR'] },
};

export type TypePolicy = { readonly '*'?: DataClass } & { readonly [field: string]: DataClass | undefined };

export const fieldClasses: Readonly<Record<string, TypePolicy>> = {
  Query: {
    provinces: PUBLIC,
    municipalities: PUBLIC,
    institutions: PUBLIC,
    me: SESSION,
    // Finds any object in the caller's scope; its fields are checked by their own type's classes.
    node: STRUCTURE,
    beneficiary: IDENTITY,
    beneficiaries: IDENTITY,
    agreementApplications: APPLICATION,
    municipalityRegister: REGISTER,
    agreement: AGREEMENT_TERM,
    agreements: AGREEMENT_TERM,
    offenceReports: OFFENCE,
    objections: OBJECTION,
    auditLog: AUDIT,
    verifyAuditChain: AUDIT,
    // The data subject's caseworker: whoever may read the person's identity, within scope.
    whoAccessed: IDENTITY,
  },
  Province: { '*': PUBLIC },
  Municipality: { '*': PUBLIC },
  Institution: { '*': PUBLIC },
  Principal: { '*': SESSION },
  Beneficiary: {
    '*': IDENTITY,
    educationLevel: PROFILE,
    professionalExperience: PROFILE,
    qualifications: PROFILE,
    languages: PROFILE,
    familyStatus: PROFILE,
    integrationProfile: PROFILE,
    family: PROFILE,
  },
  FamilyMember: { '*': PROFILE },
  AgreementApplication: { '*': APPLICATION },
  MunicipalityApplication: { '*': REGISTER },
  Agreement: {
    '*': AGREEMENT,
    id: AGREEMENT_TERM,
    municipality: AGREEMENT_TERM,
    status: AGREEMENT_TERM,
    signedOn: AGREEMENT_TERM,
    endsOn: AGREEMENT_TERM,
    version: AGREEMENT_TERM,
    terminatedOn: TERMINATION,
    terminationGround: TERMINATION,
    terminationArticle: TERMINATION,
    holder: IDENTITY,
    plans: PLAN,
  },
  AgreementMember: { '*': AGREEMENT, beneficiary: IDENTITY },
  MayorDutyItem: { '*': AGREEMENT },
  IntegrationPlan: {
    '*': PLAN,
    educationalNeeds: CHILD,
    healthNeeds: CHILD,
    physicalNeeds: CHILD,
    culturalNeeds: CHILD,
    religiousNeeds: CHILD,
    linguisticNeeds: CHILD,
    ethnicNeeds: CHILD,
    childOpinion: CHILD,
  },
  Measure: { '*': PLAN },
  OffenceReport: { '*': OFFENCE, beneficiary: IDENTITY },
  Objection: { '*': OBJECTION },
  AuditEntry: { '*': AUDIT },
  AuditRecordSet: { '*': AUDIT },
  AuditChainReport: { '*': AUDIT },
  AccessRecord: { '*': IDENTITY },
};

/** The data class of a field, or undefined where the policy is silent (and access is denied). */
export function classOf(typeName: string, fieldName: string): DataClass | undefined {
  if (typeName === 'Mutation') return mutations[fieldName]?.dataClass;
  // Relay structure (shared/relay.ts makes every <Node>Connection and <Node>Edge): the list field that returns it is checked.
  if (typeName === 'PageInfo' || /^\w+(Connection|Edge)$/.test(typeName)) return STRUCTURE;
  const type = fieldClasses[typeName];
  return type?.[fieldName] ?? type?.['*'];
}

export function mayRead(role: Role, dataClass: DataClass): boolean {
  if (dataClass === PUBLIC) return true;
  if (dataClass === SESSION || dataClass === STRUCTURE) return true; // for any authenticated principal
  return readMatrix[role]?.includes(dataClass) ?? false;
}

/**
 * Filters are reads too: filtering on a field the role may not read would reveal it (a side channel).
 * `fields` maps each filter field to the class of what it filters on.
 */
export function unreadableFilter(role: Role, filter: object, fields: Readonly<Record<string, DataClass>>): string | undefined {
  return Object.entries(filter).find(([name, value]) => value !== undefined && value !== null && fields[name] && !mayRead(role, fields[name]))?.[0];
}

export function mayPerform(role: Role, mutation: string): boolean {
  return mutations[mutation]?.roles.includes(role) ?? false;
}
