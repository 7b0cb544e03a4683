import { MeasureArea, PlanKind } from '../domain/agreements.js';
import { CaseArea } from '../domain/children.js';
import { addYears, compareDates, todayInSofia } from '../shared/dates.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Role } from '../domain/institutions.js';

/**
 * THE access policy of the hub (docs/policy.md): its vocabulary and its machinery here, its
 * declarations with the modules that define what they govern.
 *
 * 1. Every field of every GraphQL object type belongs to a data class (`fieldClasses`); a type may
 *    give a class to all its fields with '*', a field entry overrides it. Each module declares the
 *    classes of the object types and of the Query fields it defines, in its descriptor
 *    (src/modules/<module>/<module>.module.ts, `policy`).
 * 2. `readMatrix` says which roles may read which class; fields of `Query` and of object types are
 *    reads. Rows are limited further by the row scopes in modules/scopes.ts, applied in SQL.
 * 3. Every mutation names its class and the roles that may perform it (`mutations`), declared in the
 *    descriptor of the module that defines it; the service then checks that the target row is in the
 *    principal's write scope.
 *
 * src/modules/index.ts assembles the descriptors' declarations, each type, Query field and mutation
 * declared once, and registers them here at load (`registerPolicy`): this layer imports no module.
 * docs/access-matrix.md, generated from both, is the policy read and reviewed as one.
 *
 * From this come the graphql-shield rules (./shield.ts); the tests walk it against the live schema:
 * a field or mutation with no entry fails the suite and is refused at run time.
 *
 * Some rows belong to different classes (a child's measure is CHILD, a health measure HEALTH): their
 * types name a `ByRow` class, and the field rule asks the row. A few grants hold for some rows only
 * (`rowLimits`). A role with no entry reads nothing but public data.
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
  /** An agreement's municipality, status and term: what RZI and RZOK may know (Art. 14 p.12). */
  AGREEMENT_TERM = 'AGREEMENT_TERM',
  /** Early termination and its ground: MVR's share beside status and term (Art. 14 p.11, 31(2)). */
  TERMINATION = 'TERMINATION',
  /** The rest of the agreement: extension and consent, members, the mayor's duties, transfer. */
  AGREEMENT = 'AGREEMENT',
  /** Measures of an adult's plan, by area, with their results (Art. 4(2)–(3)). */
  PLAN = 'PLAN',
  /** A child's plan: the Art. 15 needs assessment, the child's opinion and wishes, the child's measures. */
  CHILD = 'CHILD',
  /** The educational needs of a child's Art. 15 assessment: MON's share of CHILD (docs/policy.md, MON). */
  CHILD_EDUCATION = 'CHILD_EDUCATION',
  /** Health measures: immunisation and prophylactic-examination plans (Art. 23). */
  HEALTH = 'HEALTH',
  /** A per-organisation pseudonym of the person a measure serves: an NGO's only view of identity. */
  PSEUDONYM = 'PSEUDONYM',
  /** DANS's national-security risk assessments (Art. 2, 26): DANS only. */
  SECURITY = 'SECURITY',
  /** Cases of the coordination mechanism for unaccompanied children (AP II.7–8); parts by area (case-areas.ts). */
  UASC = 'UASC',
  /** DAZD's monitoring visits to SAR's reception centres (AP I.18): DAZD and SAR. */
  MONITORING = 'MONITORING',
  /** MVR's reports of offences by beneficiaries to the mayor (Art. 24(2)). */
  OFFENCE = 'OFFENCE',
  /** Foreigners' objections to the regional governor and the decisions (Art. 18). */
  OBJECTION = 'OBJECTION',
  /** A notification's metadata: kind, article, parties, deadline, delivery (not personal). */
  NOTIFICATION = 'NOTIFICATION',
  /** What a notification tells its recipient: a part of the recipient's own statutory view. */
  NOTIFICATION_CONTENT = 'NOTIFICATION_CONTENT',
  /** An institution's webhook for notifications. */
  WEBHOOK = 'WEBHOOK',
  /** Aggregated indicators; no group small enough to single out a person (suppressed cells). */
  STATS = 'STATS',
  /**
   * The children's mechanism's own indicators (AP II.6, II.8, I.15.1, I.18): national aggregates, perturbed and
   * suppressed like STATS, for DAZD, which coordinates, ASP, co-responsible for AP II.8, and the national bodies.
   */
  CHILD_STATS = 'CHILD_STATS',
  /** The access log: ADMIN only (docs/policy.md, "The access log"). */
  AUDIT = 'AUDIT',
  /**
   * Running the hub, ADMIN only, no personal data: every institution's webhook and the calls it got,
   * the hub's readiness and migrations, the policy itself (docs/notifications.md, "Operating the webhooks"; docs/console.md).
   */
  OPERATIONS = 'OPERATIONS',
}

/** Classes whose reads are personal data (docs/policy.md, "The access log": recorded in the audit log). */
export const PERSONAL_CLASSES: ReadonlySet<DataClass> = new Set([
  DataClass.IDENTITY,
  DataClass.PROFILE,
  DataClass.APPLICATION,
  DataClass.PLAN,
  DataClass.CHILD,
  DataClass.CHILD_EDUCATION,
  DataClass.HEALTH,
  DataClass.PSEUDONYM,
  DataClass.SECURITY,
  DataClass.UASC,
  DataClass.NOTIFICATION_CONTENT,
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
  CHILD_EDUCATION,
  HEALTH,
  PSEUDONYM,
  SECURITY,
  UASC,
  MONITORING,
  OFFENCE,
  OBJECTION,
  NOTIFICATION,
  NOTIFICATION_CONTENT,
  WEBHOOK,
  STATS,
  CHILD_STATS,
  AUDIT,
  OPERATIONS,
} = DataClass;

/** Every institution has an inbox of notifications and may register a webhook (NGOs are not institutions of the hub). */
const INBOX = [NOTIFICATION, NOTIFICATION_CONTENT, WEBHOOK] as const;

/** Who may read which class; row scopes (modules/scopes.ts) narrow it to rows. */
export const readMatrix: Readonly<Partial<Record<Role, readonly DataClass[]>>> = {
  // RW identity, profile, agreement, plan, child and health measures of its own agreements and forwarded applicants.
  MUNICIPALITY: [
    IDENTITY,
    PROFILE,
    APPLICATION,
    REGISTER,
    AGREEMENT_TERM,
    TERMINATION,
    AGREEMENT,
    PLAN,
    CHILD,
    CHILD_EDUCATION,
    HEALTH,
    OFFENCE,
    OBJECTION,
    STATS,
    UASC,
    ...INBOX,
  ],
  // RW identity and profile of all; R agreements (the register); no plans or children's plans.
  SAR: [IDENTITY, PROFILE, APPLICATION, REGISTER, AGREEMENT_TERM, TERMINATION, AGREEMENT, STATS, CHILD_STATS, UASC, MONITORING, ...INBOX],
  // Identity and profile of beneficiaries with an agreement; all agreements; RW its own risk assessments.
  DANS: [IDENTITY, PROFILE, AGREEMENT_TERM, TERMINATION, AGREEMENT, SECURITY, STATS, CHILD_STATS, ...INBOX],
  // Children (and the parents of children with a plan); agreements that include a child; RW every
  // child's plan; R children's health measures. Profiles of children only (rowLimits).
  DAZD: [IDENTITY, PROFILE, AGREEMENT_TERM, TERMINATION, AGREEMENT, CHILD, CHILD_EDUCATION, HEALTH, STATS, CHILD_STATS, UASC, MONITORING, ...INBOX],
  // Identity of parties to agreements in its province; status and term only; RW health measures (Art. 23).
  RZI: [IDENTITY, AGREEMENT_TERM, HEALTH, STATS, UASC, ...INBOX],
  RZOK: [IDENTITY, AGREEMENT_TERM, UASC, ...INBOX],
  // Identity of beneficiaries with an agreement; all agreements' status, term and termination; its own offence reports.
  MVR: [IDENTITY, AGREEMENT_TERM, TERMINATION, OFFENCE, STATS, CHILD_STATS, UASC, ...INBOX],
  // Beneficiaries it was referred; RW social-assistance measures (Art. 22(1)) and children it co-plans.
  // The children's mechanism's indicators (AP II.8: co-responsible), not the adults' statistics (no STATS).
  ASP: [IDENTITY, PROFILE, PLAN, CHILD, CHILD_EDUCATION, UASC, CHILD_STATS, ...INBOX],
  // Beneficiaries it was referred; RW employment and training measures (Art. 22(2)).
  AZ: [IDENTITY, PROFILE, PLAN, ...INBOX],
  // Children; RW education measures; R children's educational needs only.
  MON: [IDENTITY, PLAN, CHILD_EDUCATION, UASC, ...INBOX],
  // Art. 18: the objections of its province, and the parties, agreements and plans they concern.
  GOVERNOR: [IDENTITY, AGREEMENT_TERM, TERMINATION, AGREEMENT, PLAN, OBJECTION, STATS, ...INBOX],
  // All agreements, no personal data.
  COORDINATOR: [AGREEMENT_TERM, TERMINATION, AGREEMENT, STATS, CHILD_STATS, ...INBOX],
  // Measures assigned to it, the person known only by a pseudonym.
  // Children's cases only by a referral it accepted, on consent, and only the areas shared (access/case-areas.ts BY_REFERRAL_ONLY).
  NGO: [PSEUDONYM, PLAN, STATS, CHILD_STATS, UASC],
  // National aggregates: the monthly register of Art. 13(5).
  NSORB: [STATS, CHILD_STATS, ...INBOX],
  NKBTH: [UASC, ...INBOX],
  // Institutions, accounts, the audit log — no personal data.
  ADMIN: [AUDIT, NOTIFICATION, OPERATIONS],
};

/** Who may write which class of plan data (the class-dependent mutations check it on the row). */
export const writeMatrix: Readonly<Partial<Record<Role, readonly DataClass[]>>> = {
  // The mayor draws up the plan (Art. 4(2)), whose measures include medical care and health insurance
  // (Art. 4(3)), e.g. choosing a GP (Art. 14 p.10): it writes them in its own agreements' plans (scopes).
  MUNICIPALITY: [PLAN, CHILD, HEALTH],
  // Immunisation and prophylactic examinations in its province (Art. 23).
  RZI: [HEALTH],
  DAZD: [CHILD],
  ASP: [PLAN, CHILD],
  AZ: [PLAN],
  MON: [PLAN],
};

/** The areas of adults' measures (PLAN) a role reads and writes; a role not named here has them all. */
export const planAreas: Readonly<Partial<Record<Role, readonly MeasureArea[]>>> = {
  ASP: [MeasureArea.SOCIAL_ASSISTANCE], // Art. 22(1)
  AZ: [MeasureArea.EMPLOYMENT, MeasureArea.TRAINING], // Art. 22(2)
  MON: [MeasureArea.EDUCATION], // Art. 21
};

/**
 * Writes never widen a view (docs/access-matrix.md, "Writes that open a record"). Only the municipality's plan
 * names another institution as responsible for a measure, or a partner organisation (Art. 4(2)–(3): the mayor
 * draws up the plan). The institutions that carry out measures (Art. 21–22) add them only for persons
 * already referred to them, that is with a measure the plan made theirs, and only as the responsible
 * institution themselves: their view of a person follows from being responsible (scopes.beneficiary).
 */
export const NAMES_OTHERS_IN_PLANS: readonly Role[] = ['MUNICIPALITY'];
export const WRITES_ONLY_WHEN_REFERRED: readonly Role[] = ['ASP', 'AZ', 'MON'];

/** A child until the 18th birthday (Art. 3(5)), on today's date in Europe/Sofia. */
const isMinor = (birthDate: string, today = todayInSofia()): boolean => compareDates(birthDate, addYears(today, -18)) > 0;

/** Grants that hold for some rows only: the field rule asks the row (type name, row). */
export const rowLimits: Readonly<Partial<Record<Role, Partial<Record<DataClass, { note: string; allows: (type: string, row: unknown) => boolean }>>>>> = {
  DAZD: {
    // docs/policy.md, DAZD: DAZD reads the identity of parents too, but profiles of children only.
    [PROFILE]: { note: 'children only', allows: (type, row) => type !== 'Beneficiary' || isMinor((row as { birthDate: string }).birthDate) },
  },
};

/** A type or field whose rows are of different classes; `of` gives a row's class (none: a list of such rows). */
export interface ByRow {
  readonly classes: readonly DataClass[];
  /** Undefined when the row does not say (a relation not loaded): the field is then refused. */
  readonly of?: (row: never) => DataClass | undefined;
  /**
   * The values `of` reads, each a property of the row or of a row it references (`plan.kind`), with
   * every value it may hold: the passthrough (read/json-text.ts) writes `of` in SQL by asking it
   * of each combination, so that the SQL cannot say otherwise than the function.
   */
  readonly inputs?: Readonly<Record<string, readonly string[]>>;
}

/** A part of a child's case: readable where the principal sees the area in that case (case-areas.ts, scopes.caseAreas). */
interface AreaGate {
  readonly caseArea: CaseArea;
}
export const area = (caseArea: CaseArea): AreaGate => ({ caseArea });

/** A measure: health (Art. 23) whatever the plan; else a child's (CHILD) or an adult's (PLAN). */
export function measureClass(planKind: PlanKind, area: MeasureArea): DataClass {
  if (area === MeasureArea.HEALTHCARE) return HEALTH;
  return planKind === PlanKind.CHILD ? CHILD : PLAN;
}

export const measureRows: ByRow = {
  classes: [PLAN, CHILD, HEALTH],
  of: (m: { area: MeasureArea; plan: { kind?: PlanKind } }) => (m.plan.kind ? measureClass(m.plan.kind, m.area) : undefined),
  inputs: { area: Object.values(MeasureArea), 'plan.kind': Object.values(PlanKind) },
};
export const planRows: ByRow = {
  classes: [PLAN, CHILD],
  of: (p: { kind: PlanKind }) => (p.kind === PlanKind.CHILD ? CHILD : PLAN),
  inputs: { kind: Object.values(PlanKind) },
};
/** Lists of plans and measures: whoever reads some class of their rows; the rows come scoped in SQL. */
export const measureList: ByRow = { classes: [PLAN, CHILD, HEALTH] };
export const planList: ByRow = { classes: [PLAN, CHILD, CHILD_EDUCATION, HEALTH] };

/** May a role write a measure of this plan kind and area (docs/policy.md, "Roles": what each writes)? */
export function mayWriteMeasure(role: Role, planKind: PlanKind, area: MeasureArea): boolean {
  const dataClass = measureClass(planKind, area);
  if (!writeMatrix[role]?.includes(dataClass)) return false;
  return dataClass !== PLAN || (planAreas[role]?.includes(area) ?? true);
}

/** Roles that take part in children's cases. */
export const UASC_ROLES = (Object.keys(readMatrix) as Role[]).filter((r) => readMatrix[r]!.includes(UASC));

/** Roles that are institutions with an inbox (readMatrix gives them INBOX). */
export const INSTITUTION_ROLES = (Object.keys(readMatrix) as Role[]).filter((r) => readMatrix[r]!.includes(NOTIFICATION_CONTENT));

export interface MutationPolicy {
  dataClass: DataClass;
  roles: readonly Role[];
}

/** An act of the law by which a write brings existing persons or records into other roles' views. */
export interface WideningAct {
  /** Who performs it. */
  readonly by: readonly Role[];
  /** The roles whose views it may open. */
  readonly opensTo: readonly Role[];
  readonly basis: string;
}

/**
 * Writes never widen a view, except through these acts (docs/access-matrix.md, "Writes that open a
 * record"): every other mutation leaves every role's view of the rows that existed before it as it was.
 * test/access/write-widening.test.ts runs random sequences of every mutation against this list.
 */
export const WIDENING_ACTS: Readonly<Record<string, WideningAct>> = {
  forwardApplication: { by: ['SAR'], opensTo: ['MUNICIPALITY'], basis: "Art. 20 p.5: SAR passes the applicant's data to the mayor" },
  concludeAgreement: {
    by: ['MUNICIPALITY'],
    opensTo: ['MUNICIPALITY', 'DANS', 'MVR', 'RZI', 'RZOK', 'DAZD'],
    basis: 'Art. 13(3), 14 p.11–12: the institutions told of a concluded agreement read its parties',
  },
  transferAgreement: {
    by: ['MUNICIPALITY'],
    opensTo: ['MUNICIPALITY', 'RZI', 'RZOK'],
    basis: 'Art. 32: the new municipality (and its province) takes the agreement over',
  },
  addMeasure: {
    by: NAMES_OTHERS_IN_PLANS,
    opensTo: ['ASP', 'AZ', 'NGO'],
    basis: "Art. 4(2)–(3), 14 p.4–5: the mayor's plan names the responsible institution or a partner organisation",
  },
  addCaseParticipant: {
    by: ['DAZD'],
    opensTo: UASC_ROLES,
    basis: "AP II.6–7: DAZD coordinates the children's mechanism and names the institutions that take part in a case",
  },
  mergeChildCases: {
    by: ['DAZD'],
    opensTo: UASC_ROLES,
    basis: 'AP II.6: DAZD keeps one case per child; the institutions working with the child on its second record take part in the case kept',
  },
  recordPlacement: {
    by: ['DAZD', 'ASP', 'SAR'],
    opensTo: ['MUNICIPALITY'],
    basis: "AP II.7: placing a child in a municipality's care or service gives that municipality the child's case",
  },
  fileObjection: { by: ['GOVERNOR'], opensTo: ['GOVERNOR'], basis: "Art. 18: a party's objection brings the agreement before the regional governor" },
  linkFamilyMembers: {
    by: ['SAR'],
    opensTo: ['DAZD'],
    basis: "Art. 20 p.1: SAR records the family from its file; a parent of a child with a plan is in DAZD's view",
  },
  respondToReferral: { by: UASC_ROLES, opensTo: UASC_ROLES, basis: 'a referral of a child’s case takes effect when its recipient accepts it' },
  // MVR reporting a child it does not yet see is refused (NOT_FOUND): only the others open the case to it.
  reportChildMissing: {
    by: ['DAZD', 'ASP', 'SAR', 'MUNICIPALITY'],
    opensTo: ['MVR'],
    basis: 'AP II.7, I.21: a child reported missing is searched for by MVR, which takes part in the case (identity, age, missing) and records the child found',
  },
};

export type FieldClass = DataClass | ByRow | AreaGate;
export type TypePolicy = { readonly [field: string]: FieldClass | undefined };

/**
 * The declarations of the policy, as the modules make them (src/modules/<module>/<module>.module.ts,
 * `policy`) for the types, Query fields and mutations they define: src/modules/index.ts assembles them
 * and registers them here, once, at load.
 */
export interface PolicyDeclarations {
  /** Every GraphQL object type's field classes by type name, Query and Subscription among them. */
  readonly fieldClasses: Readonly<Record<string, TypePolicy>>;
  /** Every mutation: its class and who may perform it. The service checks the target row's scope. */
  readonly mutations: Readonly<Record<string, MutationPolicy>>;
}

let registered: PolicyDeclarations | undefined;

/** Takes the modules' declarations (src/modules/index.ts, at load); a second registration is refused. */
export function registerPolicy(declarations: PolicyDeclarations): void {
  if (registered) throw new Error('The access policy is already registered: src/modules/index.ts registers it once, at load.');
  // Frozen: what the modules declared is what the hub enforces, whoever holds a reference to it.
  for (const table of [declarations.fieldClasses, declarations.mutations]) {
    for (const entry of Object.values(table)) Object.freeze(entry);
    Object.freeze(table);
  }
  for (const { roles } of Object.values(declarations.mutations)) Object.freeze(roles);
  registered = Object.freeze(declarations);
}

/**
 * The registered declarations: every GraphQL object type's field classes (`{ '*': class, field: class }`)
 * and every mutation's class and roles, as the modules declared them. Asked before the modules
 * registered them, it throws: an empty policy would refuse everything for a reason no one would see.
 */
export function declaredPolicy(): PolicyDeclarations {
  if (!registered) {
    throw new Error(
      "The access policy was read before it was registered: src/modules/index.ts registers the modules' declarations at load; import it (or the schema, which does) first.",
    );
  }
  return registered;
}

/** The data class of a field, or undefined where the policy is silent (and access is denied). */
export function classOf(typeName: string, fieldName: string): FieldClass | undefined {
  const { fieldClasses, mutations } = declaredPolicy();
  if (typeName === 'Mutation') return mutations[fieldName]?.dataClass;
  // Relay structure (shared/relay.ts makes every <Node>Connection and <Node>Edge): the list field that returns it is checked.
  if (typeName === 'PageInfo' || /^\w+(Connection|Edge)$/.test(typeName)) return STRUCTURE;
  const type = fieldClasses[typeName];
  return type?.[fieldName] ?? type?.['*'];
}

/** A field class in words, for the generated docs and the coverage snapshot. */
export const describeClass = (c: FieldClass): string => {
  if (typeof c === 'string') return c;
  if ('caseArea' in c) return `UASC, area ${c.caseArea}`;
  return `${c.classes.join(' | ')} (${c.of ? 'by row' : 'rows in scope'})`;
};

/** May the role read some rows of the class (row scopes and `rowLimits` narrow it)? */
export function mayRead(role: Role, dataClass: DataClass): boolean {
  if (dataClass === PUBLIC) return true;
  if (dataClass === SESSION || dataClass === STRUCTURE) return true; // for any authenticated principal
  return readMatrix[role]?.includes(dataClass) ?? false;
}

/** May the role read this row's field of the class: the grant, and the grant's row limit if any. */
export function mayReadRow(role: Role, dataClass: DataClass, typeName: string, row: unknown): boolean {
  if (!mayRead(role, dataClass)) return false;
  const limit = rowLimits[role]?.[dataClass];
  return !limit || row == null || limit.allows(typeName, row);
}

/** Reads some class of a ByRow (a list field is allowed when any of its row classes is). */
export const mayReadAny = (role: Role, c: ByRow): boolean => c.classes.some((dc) => mayRead(role, dc));

/** What a filter reads: a class, or for a value-dependent filter a test of the role and the value. */
export type FilterClass = DataClass | ((role: Role, value: never) => boolean);

/**
 * Filters are reads too: filtering on a field the role may not read would reveal it (a side channel).
 * `fields` maps each filter field to what it reads. Throws FORBIDDEN naming the first such filter.
 */
export function assertReadableFilter(role: Role, filter: object, fields: Readonly<Record<string, FilterClass>>): void {
  const hidden = Object.entries(filter).find(([name, value]) => {
    const reads = fields[name];
    if (value === undefined || value === null || !reads) return false;
    return typeof reads === 'function' ? !reads(role, value as never) : !mayRead(role, reads);
  })?.[0];
  if (hidden) {
    throw new ForbiddenError(`Access denied to the filter ${hidden}: it filters on data your role may not read.`, {
      messageBg: `Филтърът ${hidden} е недостъпен за вашата роля.`,
      details: { field: `filter.${hidden}` },
    });
  }
}

/** May the role read some measures of an area (for filters on it): health is HEALTH; else its PLAN areas, or CHILD. */
export function mayReadArea(role: Role, area: MeasureArea): boolean {
  if (area === MeasureArea.HEALTHCARE) return mayRead(role, HEALTH);
  return (mayRead(role, PLAN) && (planAreas[role]?.includes(area) ?? true)) || mayRead(role, CHILD);
}

/** May the role read plans of a kind (for filters on it): adults' are PLAN, children's CHILD or their educational needs. */
export const mayReadPlanKind = (role: Role, kind: PlanKind): boolean =>
  kind === PlanKind.ADULT ? mayRead(role, PLAN) : mayRead(role, CHILD) || mayRead(role, CHILD_EDUCATION);

export function mayPerform(role: Role, mutation: string): boolean {
  return declaredPolicy().mutations[mutation]?.roles.includes(role) ?? false;
}
