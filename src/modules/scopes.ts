import { raw, type FilterQuery } from '@mikro-orm/core';
import { MeasureArea, MemberRole, PlanKind } from '../domain/agreements.js';
import type { Agreement } from './agreements/agreement.entity.js';
import type { IntegrationPlan } from './agreements/integration-plan.entity.js';
import type { Measure } from './agreements/measure.entity.js';
import type { AgreementApplication } from './applications/agreement-application.entity.js';
import type { MunicipalityApplication } from './applications/municipality-application.entity.js';
import type { Beneficiary } from './beneficiaries/beneficiary.entity.js';
import type { Objection } from './oversight/objection.entity.js';
import type { SecurityAssessment } from './security/security-assessment.entity.js';
import type { Notification } from './notifications/notification.entity.js';
import type { CaseChange, ChildCase, ChildNeed, MonitoringVisit, Referral } from './children/child-case.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseArea } from '../domain/children.js';
import { roleCaseAreas, takesPartInCases } from '../access/case-areas.js';
import type { OffenceReport } from './oversight/offence-report.entity.js';
import { addYears, todayInSofia } from '../shared/dates.js';
import { planAreas } from '../access/policy.js';
import type { Principal } from '../access/principal.js';
import { NONE } from '../read/row-scope.js';

/**
 * Row scopes of docs/policy.md as SQL conditions. A principal without a scope here sees no rows (deny
 * by default). They are the policy's rows written against the features' tables, so they sit with the
 * features: the policy (src/access) decides by role and data class and imports no feature. Each
 * module's descriptor names its entities' (`rowScopes`), and the ORM applies each to every query of
 * its entity (read/row-scope.ts). The other scopes here are narrower or other views, which a service
 * asks for by name: a recipient's notifications (their content), a governor's province's agreements
 * (to object to them).
 */

/** The 18th birthday's cut-off: born after it is a child today (Europe/Sofia). */
const eighteenYearsAgo = () => addYears(todayInSofia(), -18);

/** Children's plans with a measure the institution is responsible for: the children it co-plans. */
const coPlanned = '(select m.plan_id from measure m where m.responsible_institution_code = ?)';

/**
 * The parties (holders, and members whether or not they left) of the agreements `a` that meet
 * `condition` (of every agreement without one), as SQL with the condition's parameters twice.
 */
const partiesOf = (condition?: string) =>
  condition
    ? `select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where ${condition}` +
      ` union select a.holder_id from agreement a where ${condition}`
    : 'select beneficiary_id from agreement_member union select holder_id from agreement';
const inProvince = 'a.municipality_code in (select code from municipality where province_code = ?)';

/** Children's cases whose current placement is in a province (the `?`): ASP's regional directorates' share. */
const PLACED_IN_PROVINCE =
  '(select pl.child_case_id from child_placement pl join municipality mu on mu.code = pl.municipality_code where pl.to_date is null and mu.province_code = ?)';

export const scopes = {
  /** MUNICIPALITY: applicants SAR forwarded to it, and parties to its agreements. SAR: all. */
  beneficiary(p: Principal): FilterQuery<Beneficiary> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') {
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select applicant_id from agreement_application where forwarded_to_code = ? union ${partiesOf('a.municipality_code = ?')})`,
          [p.unit, p.unit, p.unit],
        )]: [],
      };
    }
    // Art. 13(3), 14 p.11: MVR and DANS read the identity of beneficiaries with an agreement.
    if (p.role === 'MVR' || p.role === 'DANS') return { [raw((alias) => `${alias}.id in (${partiesOf()})`)]: [] };
    // RZI and RZOK: parties to agreements of municipalities in their province.
    if (p.role === 'RZI' || p.role === 'RZOK') return { [raw((alias) => `${alias}.id in (${partiesOf(inProvince)})`, [p.unit, p.unit])]: [] };
    // DAZD: children, and the parents of children with a plan. MON: children.
    if (p.role === 'DAZD' || p.role === 'MON') {
      const children = (alias: string) => `${alias}.birth_date > ?`;
      if (p.role === 'MON') return { [raw((alias) => children(alias), [eighteenYearsAgo()])]: [] };
      return {
        [raw(
          (alias) =>
            `(${children(alias)} or ${alias}.id in (select l.beneficiary_id from family_link l` +
            ` join integration_plan ip on ip.beneficiary_id = l.relative_id where l.relation = 'CHILD' and ip.kind = '${PlanKind.CHILD}'))`,
          [eighteenYearsAgo()],
        )]: [],
      };
    }
    // ASP, AZ: beneficiaries it was referred, i.e. with a measure it is responsible for (Art. 22).
    if (p.role === 'ASP' || p.role === 'AZ') {
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select ip.beneficiary_id from integration_plan ip join measure m on m.plan_id = ip.id where m.responsible_institution_code = ?)`,
          [p.institutionCode],
        )]: [],
      };
    }
    // GOVERNOR: parties to objections in its province (Art. 18): who filed, and the agreement's parties.
    if (p.role === 'GOVERNOR') {
      const objected = `a.id in (select agreement_id from objection) and ${inProvince}`;
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select o.filed_by_id from objection o join agreement a on a.id = o.agreement_id where ${inProvince} union ${partiesOf(objected)})`,
          [p.unit, p.unit, p.unit],
        )]: [],
      };
    }
    return NONE;
  },

  /** MUNICIPALITY: applications SAR forwarded to it. SAR: all. */
  agreementApplication(p: Principal): FilterQuery<AgreementApplication> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') return { forwardedTo: p.unit! };
    return NONE;
  },

  /** MUNICIPALITY: its own applications. SAR: the whole register. */
  municipalityApplication(p: Principal): FilterQuery<MunicipalityApplication> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    return NONE;
  },

  /** MUNICIPALITY: its agreements. SAR: all (the register of Art. 13(4)). */
  agreement(p: Principal): FilterQuery<Agreement> {
    if (['SAR', 'DANS', 'MVR', 'COORDINATOR'].includes(p.role)) return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    if (p.role === 'RZI' || p.role === 'RZOK') return { municipality: { province: p.unit! } };
    // DAZD: agreements that include a child.
    if (p.role === 'DAZD') return { [raw((alias) => `${alias}.id in (select agreement_id from agreement_member where role = '${MemberRole.CHILD}')`)]: [] };
    // GOVERNOR: agreements objected to in its province (Art. 18).
    if (p.role === 'GOVERNOR') return { municipality: { province: p.unit! }, [raw((alias) => `${alias}.id in (select agreement_id from objection)`)]: [] };
    return NONE;
  },

  /**
   * Plans the principal reaches, to read the classes it may and to add measures of its areas:
   * MUNICIPALITY its agreements', RZI its province's (health measures, Art. 23), DAZD children's,
   * ASP adults' and the children it co-plans, AZ adults', MON all (adults' for education measures,
   * children's for their educational needs), GOVERNOR adults' of agreements objected to.
   */
  integrationPlan(p: Principal): FilterQuery<IntegrationPlan> {
    switch (p.role) {
      case 'MUNICIPALITY':
      case 'RZI':
      case 'GOVERNOR':
        return { agreement: scopes.agreement(p), ...(p.role === 'GOVERNOR' ? { kind: PlanKind.ADULT } : {}) };
      case 'DAZD':
        return { kind: PlanKind.CHILD };
      case 'ASP':
        return { $or: [{ kind: PlanKind.ADULT }, { kind: PlanKind.CHILD, [raw((alias) => `${alias}.id in ${coPlanned}`, [p.institutionCode])]: [] }] };
      case 'AZ':
        return { kind: PlanKind.ADULT };
      case 'MON':
        return {};
      default:
        return NONE;
    }
  },

  /**
   * Measures by the class of each row (policy.measureClass): all of its agreements' for MUNICIPALITY;
   * health measures of its province for RZI; children's for DAZD; adults' of its areas for ASP, AZ,
   * MON (planAreas); the children ASP co-plans; adults' (not health) of agreements objected to for
   * GOVERNOR; those assigned to it for an NGO.
   */
  measure(p: Principal): FilterQuery<Measure> {
    const adults = (areas: readonly MeasureArea[], agreement?: FilterQuery<Agreement>) => ({
      area: { $in: [...areas] },
      plan: { kind: PlanKind.ADULT, ...(agreement ? { agreement } : {}) },
    });
    const notHealth = Object.values(MeasureArea).filter((a) => a !== MeasureArea.HEALTHCARE);
    switch (p.role) {
      case 'MUNICIPALITY':
        return { plan: { agreement: scopes.agreement(p) } };
      case 'RZI':
        return { area: MeasureArea.HEALTHCARE, plan: { agreement: scopes.agreement(p) } };
      case 'DAZD':
        return { plan: { kind: PlanKind.CHILD } };
      case 'ASP':
        return {
          $or: [
            adults(planAreas.ASP!),
            { area: { $in: notHealth }, plan: { kind: PlanKind.CHILD, [raw((alias) => `${alias}.id in ${coPlanned}`, [p.institutionCode])]: [] } },
          ],
        };
      case 'AZ':
      case 'MON':
        return adults(planAreas[p.role]!);
      case 'GOVERNOR':
        return adults(notHealth, scopes.agreement(p));
      case 'NGO':
        return { ...adults(notHealth), partnerOrganisation: p.unit! };
      default:
        return NONE;
    }
  },

  /** GOVERNOR: agreements of its province, to record objections about them (Art. 18). */
  governedAgreement(p: Principal): FilterQuery<Agreement> {
    if (p.role === 'GOVERNOR') return { municipality: { province: p.unit! } };
    return NONE;
  },

  /** MUNICIPALITY: reports addressed to its mayor. MVR: its own reports (Art. 24(2)). */
  offenceReport(p: Principal): FilterQuery<OffenceReport> {
    if (p.role === 'MVR') return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    return NONE;
  },

  /** DANS: its own assessments (it is their only author; Art. 2, 26). */
  securityAssessment(p: Principal): FilterQuery<SecurityAssessment> {
    return p.role === 'DANS' ? {} : NONE;
  },

  /**
   * Notifications an institution sent or received; COORDINATOR also every escalated one (overdue);
   * ADMIN all (their metadata only: the content is the recipient's, receivedNotification).
   */
  notification(p: Principal): FilterQuery<Notification> {
    if (p.role === 'ADMIN') return {};
    const own: FilterQuery<Notification>[] = [{ recipient: p.institutionCode }, { sender: p.institutionCode }];
    if (p.role === 'COORDINATOR') own.push({ escalatedAt: { $ne: null } });
    return { $or: own };
  },

  /** Notifications addressed to the principal's institution: their content, their acknowledgement. */
  receivedNotification(p: Principal): FilterQuery<Notification> {
    return p.role === 'ADMIN' ? NONE : { recipient: p.institutionCode };
  },

  /**
   * Children's cases: DAZD every case (it coordinates, AP II.6); another institution the cases it takes
   * part in (a participant; MVR becomes one when the child is reported missing, AP I.21); a
   * municipality also the children placed in it now.
   */
  childCase(p: Principal): FilterQuery<ChildCase> {
    if (p.role === 'DAZD') return {};
    if (!takesPartInCases(p.role)) return NONE;
    const participant = '(select child_case_id from child_case_participant where institution_code = ? and left_on is null)';
    if (p.role === 'MUNICIPALITY') {
      return {
        [raw(
          (alias) =>
            `(${alias}.id in ${participant} or ${alias}.id in (select child_case_id from child_placement where municipality_code = ? and to_date is null))`,
          [p.institutionCode, p.unit],
        )]: [],
      };
    }
    // ASP's regional directorate (a unit): the cases ASP takes part in whose child is placed in its province now.
    if (p.role === 'ASP' && p.unit)
      return { [raw((alias) => `(${alias}.id in ${participant} and ${alias}.id in ${PLACED_IN_PROVINCE})`, [p.institutionCode, p.unit])]: [] };
    return { [raw((alias) => `${alias}.id in ${participant}`, [p.institutionCode])]: [] };
  },

  /** A child's needs in the areas the principal sees in the case: its role's, and those referrals to it share. */
  childNeed(p: Principal): FilterQuery<ChildNeed> {
    return inSeenArea(p, false);
  },

  /** The change log of a case: changes in the areas the principal sees in it (as childNeed), and those of no area. */
  caseChange(p: Principal): FilterQuery<CaseChange> {
    return inSeenArea(p, true);
  },

  /** AP I.18: DAZD's monitoring visits to SAR's reception centres: DAZD and SAR. */
  monitoringVisit(p: Principal): FilterQuery<MonitoringVisit> {
    return p.role === 'DAZD' || p.role === 'SAR' ? {} : NONE;
  },

  /** Referrals of children's cases: those to or from the principal's institution; DAZD all. */
  referral(p: Principal): FilterQuery<Referral> {
    if (p.role === 'DAZD') return {};
    if (!takesPartInCases(p.role)) return NONE;
    const mine = { $or: [{ to: p.institutionCode }, { from: p.institutionCode }] };
    // ASP's regional directorate: those of children placed in its province now (pending ones too, to answer).
    if (p.role === 'ASP' && p.unit) return { ...mine, [raw((alias) => `${alias}.child_case_id in ${PLACED_IN_PROVINCE}`, [p.unit])]: [] };
    return mine;
  },

  /** GOVERNOR: objections in its province. MUNICIPALITY: objections about its agreements. */
  objection(p: Principal): FilterQuery<Objection> {
    if (p.role === 'GOVERNOR') return { agreement: { municipality: { province: p.unit! } } };
    if (p.role === 'MUNICIPALITY') return { agreement: { municipality: p.unit! } };
    return NONE;
  },
};

/**
 * Roles for which every party (holder or member) of every agreement in scopes.agreement is in
 * scopes.beneficiary, by the two definitions above: the read path takes an agreement's people
 * without checking them again (read/json-read.ts). SAR reaches all; MUNICIPALITY its agreements
 * and their parties; MVR and DANS every agreement and every party; RZI and RZOK its province's;
 * GOVERNOR the agreements objected to in its province and their parties. Not DAZD: its agreements
 * (those with a child) have adults who are neither children nor parents of a child with a plan.
 */
const PARTIES_IN_SCOPE: ReadonlySet<string> = new Set(['SAR', 'MUNICIPALITY', 'MVR', 'DANS', 'RZI', 'RZOK', 'GOVERNOR']);
export const partiesInScope = (p: Principal): boolean => PARTIES_IN_SCOPE.has(p.role);

/**
 * STATS (docs/policy.md, "Aggregates"): aggregates over agreements, as plain SQL on `agreement a` joined to
 * `municipality mu`. A municipality its own; RZI and GOVERNOR their province; national bodies all.
 */
export function statisticsScope(p: Principal): { sql: string; params: unknown[] } {
  if (p.role === 'MUNICIPALITY') return { sql: 'a.municipality_code = ?', params: [p.unit] };
  if (p.role === 'RZI' || p.role === 'GOVERNOR') return { sql: 'mu.province_code = ?', params: [p.unit] };
  if (nationalStatistics(p)) return { sql: 'true', params: [] };
  return { sql: 'false', params: [] };
}

/** Roles whose STATS scope is the whole country (the monthly register of Art. 13(5) is national). */
const NATIONAL_STATS_ROLES: ReadonlySet<string> = new Set(['SAR', 'DANS', 'DAZD', 'MVR', 'NSORB', 'COORDINATOR', 'NGO']);
export const nationalStatistics = (p: Principal): boolean => NATIONAL_STATS_ROLES.has(p.role);

/**
 * The areas of each case the principal sees (the case itself must be in scope): its role's areas,
 * and those shared with its institution by referrals it accepted. One query for all cases asked.
 */
export async function caseAreas(em: EntityManager, p: Principal, caseIds: readonly string[]): Promise<Map<string, CaseArea[]>> {
  const own = roleCaseAreas(p);
  if (p.role === 'DAZD') return new Map(caseIds.map((id) => [id, [...own]]));
  const rows = await em.getConnection().execute<{ id: string; areas: CaseArea[] }[]>(
    `select r.child_case_id as id, array_agg(distinct a) as areas from child_referral r, unnest(r.shared_areas) a
      where r.to_code = ? and ${SHARING} and r.child_case_id in (${caseIds.map(() => '?').join(', ')}) group by r.child_case_id`,
    [p.institutionCode, ...caseIds],
  );
  const shared = new Map(rows.map((r) => [r.id, r.areas]));
  return new Map(caseIds.map((id) => [id, [...new Set([...own, ...(shared.get(id) ?? [])])]]));
}

/**
 * Rows of a case's part by area (`area`, `child_case_id`): the principal's role's areas, and those a
 * referral to it shares now; with `noArea`, also rows of no area. The case itself is scoped apart.
 */
function inSeenArea<T>(p: Principal, noArea: boolean): FilterQuery<T> {
  if (p.role === 'DAZD') return {};
  if (!takesPartInCases(p.role)) return NONE as unknown as FilterQuery<T>;
  // A partner organisation has no areas of its own: only what referrals share (BY_REFERRAL_ONLY).
  const own = roleCaseAreas(p);
  const ownSql = (alias: string) => (own.length ? `${alias}.area in (${own.map(() => '?').join(', ')}) or ` : '');
  return {
    [raw(
      (alias) =>
        `(${noArea ? `${alias}.area is null or ` : ''}${ownSql(alias)}` +
        `exists (select 1 from child_referral r where r.child_case_id = ${alias}.child_case_id` +
        ` and r.to_code = ? and ${SHARING} and ${alias}.area = any(r.shared_areas)))`,
      [...own, p.institutionCode],
    )]: [],
  } as FilterQuery<T>;
}

/**
 * A referral `r` that shares its areas now: accepted, or finished while its recipient still takes part
 * in the case for another reason (a finished or revoked referral's own participation has ended).
 */
const SHARING =
  "(r.status = 'ACCEPTED' or (r.status = 'DONE' and exists (select 1 from child_case_participant cp" +
  ' where cp.child_case_id = r.child_case_id and cp.institution_code = r.to_code and cp.left_on is null)))';

/** A condition and a scope together. */
export const within = <T>(where: FilterQuery<T>, scope: FilterQuery<T>): FilterQuery<T> => ({ $and: [where, scope] }) as FilterQuery<T>;

/** The scopes above in words, for docs/access-matrix.md (kept beside the code they describe). */
export const SCOPE_NOTES: Record<string, Record<string, string>> = {
  Beneficiary: {
    SAR: 'all',
    MUNICIPALITY: 'applicants SAR forwarded to it, and parties to its agreements',
    MVR: 'beneficiaries with an agreement',
    DANS: 'beneficiaries with an agreement',
    'RZI, RZOK': 'parties to agreements in its province',
    DAZD: 'children (under 18 today), and the parents of children with a plan',
    MON: 'children (under 18 today)',
    'ASP, AZ': 'beneficiaries it was referred: with a measure it is responsible for',
    GOVERNOR: 'parties to objections in its province (who filed, and the parties to the agreement)',
  },
  AgreementApplication: { SAR: 'all', MUNICIPALITY: 'forwarded to it' },
  MunicipalityApplication: { SAR: 'all (the register)', MUNICIPALITY: 'its own' },
  'Agreement (and its members, duties)': {
    'SAR, DANS, MVR, COORDINATOR': 'all',
    MUNICIPALITY: 'its own',
    'RZI, RZOK': 'municipalities of its province',
    DAZD: 'agreements that include a child',
    GOVERNOR: 'agreements objected to in its province',
  },
  IntegrationPlan: {
    'MUNICIPALITY, RZI': 'plans of the agreements it reaches',
    DAZD: "children's plans",
    ASP: "adults' plans, and the children's plans it co-plans (a measure it is responsible for)",
    AZ: "adults' plans",
    MON: "all (adults' for education measures; children's for their educational needs)",
    GOVERNOR: "adults' plans of agreements objected to in its province",
  },
  Measure: {
    MUNICIPALITY: 'all of its agreements',
    RZI: 'health measures of agreements in its province',
    DAZD: "children's measures",
    ASP: "adults' social-assistance measures; children's measures, not health, of the children it co-plans",
    AZ: "adults' employment and training measures",
    MON: "adults' education measures",
    GOVERNOR: "adults' measures, not health, of agreements objected to in its province",
    NGO: "adults' measures, not health, assigned to it (the person shown by a pseudonym)",
  },
  'Agreement, for objections': { GOVERNOR: 'agreements of municipalities in its province' },
  OffenceReport: { MVR: 'all (its own reports)', MUNICIPALITY: 'addressed to its mayor' },
  Objection: { GOVERNOR: 'in its province', MUNICIPALITY: 'about its agreements' },
  SecurityAssessment: { DANS: 'all (its own)' },
  'ChildCase (and its parts, by area: access/case-areas.ts)': {
    DAZD: 'all, every area',
    'SAR, MVR, ASP, MON, RZI, RZOK, NKBTH':
      "cases it takes part in; its role's areas and those referrals to it share (MVR takes part once the child is reported missing); an ASP regional directorate (unit): of those, the children placed in its province now",
    MUNICIPALITY: 'cases it takes part in, and children placed in it now',
    NGO: 'cases a referral to it (on consent) brought it into, while the referral lasts; only the areas it shares',
  },
  Notification: {
    'every institution': 'those it sent or received; the content only of those it received',
    COORDINATOR: 'also every escalated (overdue) one',
    ADMIN: 'all, without content',
  },
  AuditEntry: { ADMIN: 'all' },
  'Aggregates (STATS), cells under the threshold suppressed': {
    MUNICIPALITY: 'its own agreements',
    'RZI, GOVERNOR': 'agreements of its province',
    'SAR, DANS, DAZD, MVR, NSORB, COORDINATOR, NGO': 'national',
  },
};
