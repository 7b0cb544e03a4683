import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../context.js';
import type { Principal } from '../../access/principal.js';
import { DataClass, mayRead } from '../../access/policy.js';
import { compareDates, parseDate } from '../../shared/dates.js';
import { ForbiddenError } from '../../shared/errors.js';
import { toCsv } from '../../shared/csv.js';
import { ListField } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { check } from '../../shared/validate.js';
import { InstitutionKind } from '../../domain/institutions.js';
import { aggregate, CELL_FIELD, type Cell, type Dimension } from '../statistics/aggregate.js';
import { AssessmentKind, CaseStatus, ReferralKind, ReferralStatus, Separation } from '../../domain/children.js';

/**
 * The 2020 Action Plan's own indicators of the coordination mechanism for unaccompanied and separated
 * children (docs/indicators.md, "The children's mechanism"): AP II.6 (Part II: cases coordinated, closed,
 * closed with DAZD's methodological support), AP II.8 (children in the mechanism by status and placement),
 * AP I.15.1 (Part I: referrals, rapid and full best-interests assessments) and AP I.18 (monitoring visits).
 *
 * Every figure is as of the period's end (`to`): a case's status, placement, age and the answer to a
 * referral are what the records said on that day, from the status history and the dates recorded. A case
 * merged into another as a duplicate (closing reason DUPLICATE, mergeChildCases) is the same child as the
 * case kept and is never counted as a case or a child; its referrals and assessments count with the kept case.
 *
 * Counts of children (one per case), of referrals (keyed by their child's case) and of assessments are
 * published by the cell-key method through statistics/aggregate.ts, as the Art. 12 indicators are; visits
 * are not persons and are exact. National figures: the CHILD_STATS class of the access policy.
 */

/** The figures that can be broken down (childCaseBreakdown, GET /reports/child-indicator.csv). */
export enum ChildIndicator {
  CASES_COORDINATED = 'CASES_COORDINATED',
  CASES_CLOSED = 'CASES_CLOSED',
  CASES_CLOSED_WITH_SUPPORT = 'CASES_CLOSED_WITH_SUPPORT',
  CHILDREN = 'CHILDREN',
  CHILDREN_IN_OPEN_CASES = 'CHILDREN_IN_OPEN_CASES',
  REFERRALS = 'REFERRALS',
  ASSESSMENTS = 'ASSESSMENTS',
}

/** What the breakdowns group by: the child (as of `to`), and where they fit, the case, referral or assessment. */
export enum ChildIndicatorDimension {
  SEX = 'SEX',
  AGE_GROUP = 'AGE_GROUP',
  NATIONALITY = 'NATIONALITY',
  SEPARATION = 'SEPARATION',
  IDENTIFIED_BY = 'IDENTIFIED_BY',
  PROVINCE = 'PROVINCE',
  STATUS = 'STATUS',
  PLACEMENT = 'PLACEMENT',
  CLOSING_REASON = 'CLOSING_REASON',
  REFERRAL_TYPE = 'REFERRAL_TYPE',
  REFERRAL_OUTCOME = 'REFERRAL_OUTCOME',
  ASSESSMENT_KIND = 'ASSESSMENT_KIND',
  ASSESSED_BY = 'ASSESSED_BY',
}

/** A child's age on `to` (aggregate.ts CHILD_AGE_GROUPS): the school stages, come of age, or not known. */
export enum ChildAgeGroup {
  AGE_0_6 = 'AGE_0_6',
  AGE_7_13 = 'AGE_7_13',
  AGE_14_17 = 'AGE_14_17',
  AGE_18_PLUS = 'AGE_18_PLUS',
  UNKNOWN = 'UNKNOWN',
}

const D = ChildIndicatorDimension;
/** The child's own dimensions, which fit every figure: each figure is about children. */
const OF_THE_CHILD = [D.SEX, D.AGE_GROUP, D.NATIONALITY, D.SEPARATION, D.IDENTIFIED_BY, D.PROVINCE] as const;

interface Definition {
  /** The Action Plan's item, with its part. */
  item: string;
  en: string;
  bg: string;
  /** What one counted unit is, for the CSV's count column. */
  unit: { en: string; bg: string };
  dims: readonly ChildIndicatorDimension[];
}
const CASES = { en: 'Cases', bg: 'Случаи' };
const CHILDREN = { en: 'Children', bg: 'Деца' };

const CHILD_INDICATORS: Record<ChildIndicator, Definition> = {
  CASES_COORDINATED: {
    item: 'AP II.6',
    en: 'Cases coordinated: open at some time in the period',
    bg: 'Координирани случаи: открити през периода',
    unit: CASES,
    dims: [...OF_THE_CHILD, D.STATUS, D.PLACEMENT],
  },
  CASES_CLOSED: {
    item: 'AP II.6',
    en: 'Cases closed in the period',
    bg: 'Закрити случаи през периода',
    unit: CASES,
    dims: [...OF_THE_CHILD, D.CLOSING_REASON],
  },
  CASES_CLOSED_WITH_SUPPORT: {
    item: 'AP II.6',
    en: "Closed cases in which methodological support was given to secure the child's best interests",
    bg: 'Закрити случаи, по които е оказана методическа подкрепа за осигуряване на най-добрия интерес на детето',
    unit: CASES,
    dims: [...OF_THE_CHILD, D.CLOSING_REASON],
  },
  CHILDREN: {
    item: 'AP II.8',
    en: "Children with a case at the period's end, open or closed",
    bg: 'Деца със случай към края на периода, открит или закрит',
    unit: CHILDREN,
    dims: [...OF_THE_CHILD, D.STATUS, D.PLACEMENT],
  },
  CHILDREN_IN_OPEN_CASES: {
    item: 'AP II.8',
    en: "Children in open cases at the period's end",
    bg: 'Деца в открити случаи към края на периода',
    unit: CHILDREN,
    dims: [...OF_THE_CHILD, D.STATUS, D.PLACEMENT],
  },
  REFERRALS: {
    item: 'AP I.15.1',
    en: 'Referrals made in the period',
    bg: 'Насочвания през периода',
    unit: { en: 'Referrals', bg: 'Насочвания' },
    dims: [...OF_THE_CHILD, D.REFERRAL_TYPE, D.REFERRAL_OUTCOME],
  },
  ASSESSMENTS: {
    item: 'AP I.15.1',
    en: 'Best-interests assessments made in the period',
    bg: 'Оценки на най-добрия интерес през периода',
    unit: { en: 'Assessments', bg: 'Оценки' },
    dims: [...OF_THE_CHILD, D.ASSESSMENT_KIND, D.ASSESSED_BY],
  },
};

registerEnumType(ChildIndicator, {
  name: 'ChildIndicator',
  description: "A figure of the children's mechanism (2020 Action Plan); docs/indicators.md defines which records and dates count.",
  valuesConfig: {
    CASES_COORDINATED: { description: 'AP II.6: cases open at some time in the period (by the status history), merged duplicates not counted.' },
    CASES_CLOSED: { description: 'AP II.6: cases closed in the period (the last closing in it), merged duplicates not counted.' },
    CASES_CLOSED_WITH_SUPPORT: {
      description: "AP II.6: cases closed in the period with DAZD's methodological support recorded on or before the day they closed.",
    },
    CHILDREN: { description: "AP II.8: children with a case identified by the period's end, at their status on `to` (CLOSED included)." },
    CHILDREN_IN_OPEN_CASES: { description: 'AP II.8: children whose case was open on `to`, with their status and placement on that day.' },
    REFERRALS: { description: 'AP I.15.1: referrals made in the period, with their outcome as of `to`.' },
    ASSESSMENTS: { description: 'AP I.15.1: rapid and full best-interests assessments made in the period, by who made them.' },
  },
});
registerEnumType(ChildIndicatorDimension, {
  name: 'ChildIndicatorDimension',
  description: "What a figure of the children's mechanism is grouped by; each figure takes the child's dimensions and its own (docs/indicators.md).",
  valuesConfig: {
    SEX: { description: 'FEMALE, MALE, or UNKNOWN.' },
    AGE_GROUP: {
      description:
        'Age on `to`: from the declared birth date, else from the day the child comes of age (18 minus the years until then); UNKNOWN when neither is recorded.',
    },
    NATIONALITY: { description: 'ISO 3166-1 alpha-2, or UNKNOWN (unknown or stateless).' },
    SEPARATION: { description: 'Unaccompanied, separated, or accompanied and at risk (Separation).' },
    IDENTIFIED_BY: { description: 'The kind of institution that identified the child.' },
    PROVINCE: {
      description: "The province of the child's placement on `to` (for a case closed by then, the placement it had when it closed); UNKNOWN if none.",
    },
    STATUS: { description: 'The status of the case on `to` (cases coordinated, children).' },
    PLACEMENT: {
      description: 'The kind of placement on `to` (for a case closed by then, the one it had when it closed); NONE if none (cases coordinated, children).',
    },
    CLOSING_REASON: { description: 'Why the case closed (cases closed).' },
    REFERRAL_TYPE: { description: 'What the referral is for (referrals).' },
    REFERRAL_OUTCOME: { description: 'The referral as it stood on `to` (referrals).' },
    ASSESSMENT_KIND: { description: 'RAPID or FULL (assessments).' },
    ASSESSED_BY: { description: 'The kind of institution that made the assessment (assessments).' },
  },
});
registerEnumType(ChildAgeGroup, {
  name: 'ChildAgeGroup',
  description: "A child's age on the period's end: school stages, come of age (18 or over), or not known.",
});

/** The aggregate's dimension of each: the child's age has its own groups (unknown ages apart). */
const DIMENSION: Record<ChildIndicatorDimension, Dimension> = {
  ...(Object.fromEntries(Object.values(D).map((d) => [d, d])) as Record<ChildIndicatorDimension, Dimension>),
  AGE_GROUP: 'CHILD_AGE_GROUP',
};

// ---------------------------------------------------------------------------------------------
// GraphQL types

@ObjectType('CountCell', {
  description:
    'A group and its count, perturbed by the cell-key method (at most ±2 from the true count); null when suppressed (perturbed under the threshold).',
})
export class CountCellType {
  @Field(() => String) key!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('ChildCaseIndicators', {
  description:
    "The 2020 Action Plan's indicators of the children's mechanism over a period, as of its end (`to`); counts about children perturbed by the cell-key method, small ones suppressed; merged duplicates counted once (docs/indicators.md).",
})
export class ChildCaseIndicatorsType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Counts whose perturbed value is under this are suppressed (null); 0 is a true zero.' }) threshold!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'AP II.6: cases coordinated: open at some time in the period, by the status history (reopenings included); merged duplicates not counted.',
  })
  casesCoordinated!: number | null;
  @Field(() => [CountCellType], {
    description: 'AP II.6: cases closed in the period, by the reason of their last closing in it; merged duplicates (DUPLICATE) not counted.',
  })
  casesClosed!: CountCellType[];
  @Field(() => Int, { nullable: true, description: 'AP II.6: cases closed in the period, a cell of its own (not the sum of casesClosed).' }) casesClosedTotal!:
    | number
    | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "AP II.6 as worded: closed cases in which methodological support was given to secure the child's best interests: cases closed in the period with DAZD's support (recordMethodologicalSupport) given on or before the day they closed.",
  })
  casesClosedWithSupport!: number | null;
  @Field(() => Int, { nullable: true, description: 'AP I.15.1: referrals made in the period (referChildCase), of all types.' }) referrals!: number | null;
  @Field(() => [CountCellType], { description: 'AP I.15.1: referrals made in the period, by type (ReferralKind).' }) referralsByType!: CountCellType[];
  @Field(() => [CountCellType], {
    description:
      'AP I.15.1: referrals made in the period, by their outcome on `to` (ReferralStatus): REVOKED if revoked by then; else the answer recorded by then; else PENDING.',
  })
  referralsByOutcome!: CountCellType[];
  @Field(() => Int, { nullable: true, description: 'AP I.15.1: rapid best-interests assessments made in the period.' }) rapidAssessments!: number | null;
  @Field(() => [CountCellType], {
    description: 'AP I.15.1: rapid assessments made in the period, by the kind of institution that made them (InstitutionKind).',
  })
  rapidAssessmentsBy!: CountCellType[];
  @Field(() => Int, { nullable: true, description: 'AP I.15.1: full best-interests assessments made in the period.' }) fullAssessments!: number | null;
  @Field(() => [CountCellType], { description: 'AP I.15.1: full assessments made in the period, by the kind of institution that made them (InstitutionKind).' })
  fullAssessmentsBy!: CountCellType[];
  @Field(() => Int, { description: 'AP I.18: monitoring visits made in the period (visits, not persons: exact, never suppressed).' }) monitoringVisits!: number;
  @Field(() => Int, { description: 'AP I.18: visits made in the period whose recommendations were followed up by `to` (exact).' })
  visitRecommendationsFollowedUp!: number;
  @Field(() => Int, { description: 'AP I.18: follow-ups overdue at `to`: due on or before `to` and not followed up by then, whenever the visit was (exact).' })
  visitFollowUpsOverdue!: number;
  @Field(() => [CountCellType], { description: 'AP II.8: children with a case identified by `to`, by the status the case had on `to` (CLOSED included).' })
  childrenByStatus!: CountCellType[];
  @Field(() => [CountCellType], { description: 'AP II.8: children whose case was open on `to`, by their placement on `to` (NONE: not placed).' })
  childrenByPlacement!: CountCellType[];
  @Field(() => String, { description: 'Path of these figures as CSV (GET with your bearer token; add &lang=bg for Bulgarian).' }) csvPath!: string;
}

@InputType({ description: "A figure of the children's mechanism over a period, as of its end, grouped by dimensions that fit it (national)." })
export class ChildIndicatorQuery {
  @Field(() => ChildIndicator) indicator!: ChildIndicator;
  @Field(() => DateScalar, { description: 'First day of the period.' }) from!: string;
  @Field(() => DateScalar, { description: "Last day of the period: statuses, placements, ages and referrals' outcomes are as of this day." }) to!: string;
  @ListField(
    () => [ChildIndicatorDimension],
    { maxItems: Object.keys(ChildIndicatorDimension).length },
    {
      defaultValue: [],
      description: 'None: the total only. A dimension that does not fit the figure is refused (BAD_USER_INPUT, field groupBy).',
    },
  )
  groupBy!: ChildIndicatorDimension[];
}

@ObjectType('ChildIndicatorCell', { description: 'One group: the values of the dimensions asked for (others null), and its count.' })
export class ChildIndicatorCellType {
  @Field(() => String, { nullable: true, description: 'FEMALE, MALE, or UNKNOWN.' }) sex?: string | null;
  @Field(() => ChildAgeGroup, { nullable: true }) ageGroup?: ChildAgeGroup | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, or UNKNOWN.' }) nationality?: string | null;
  @Field(() => Separation, { nullable: true }) separation?: Separation | null;
  @Field(() => InstitutionKind, { nullable: true }) identifiedBy?: InstitutionKind | null;
  @Field(() => String, { nullable: true, description: 'Province code, or UNKNOWN.' }) provinceCode?: string | null;
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus | null;
  @Field(() => String, { nullable: true, description: 'A PlacementKind, or NONE.' }) placement?: string | null;
  @Field(() => String, { nullable: true, description: 'A ClosingReason (UNKNOWN for a closing recorded without one).' }) closingReason?: string | null;
  @Field(() => ReferralKind, { nullable: true }) referralType?: ReferralKind | null;
  @Field(() => ReferralStatus, { nullable: true }) referralOutcome?: ReferralStatus | null;
  @Field(() => AssessmentKind, { nullable: true }) assessmentKind?: AssessmentKind | null;
  @Field(() => InstitutionKind, { nullable: true }) assessedBy?: InstitutionKind | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Perturbed by the cell-key method (at most ±2 from the true count; the same group always gives the same figure); null when suppressed.',
  })
  count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('ChildIndicatorResult', {
  description:
    "A figure of the children's mechanism over a period, as of its end, perturbed by the cell-key method, small groups suppressed (docs/indicators.md).",
})
export class ChildIndicatorResultType {
  @Field(() => ChildIndicator) indicator!: ChildIndicator;
  @Field(() => String, { description: "The Action Plan's item, e.g. AP II.6." }) planItem!: string;
  @Field(() => String) title!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [ChildIndicatorDimension]) groupBy!: ChildIndicatorDimension[];
  @Field(() => Int, { description: 'Groups whose perturbed count is under this are suppressed.' }) threshold!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'All units counted, perturbed as a cell of its own (not the sum of the groups); 0 only when there are none; null when suppressed.',
  })
  total!: number | null;
  @Field(() => [ChildIndicatorCellType]) cells!: ChildIndicatorCellType[];
  @Field(() => String, { description: 'Path of the same query as CSV (GET with your bearer token; add &lang=bg for Bulgarian headers).' }) csvPath!: string;
}

// ---------------------------------------------------------------------------------------------
// The facts: one row per counted unit, in SQL, as of the period's end

/**
 * The period, each case's root (the case kept for it: merges may chain), and every child's record as it
 * stood on `to`. Parameters: from, to.
 */
const AS_OF_TO = `period as (select ?::date as f, ?::date as t),
  -- Issue 21.4, one child one record: a case merged as a duplicate belongs to the case kept for it.
  merged (id, root) as (
    select id, id from child_case where merged_into_id is null
    union all
    select d.id, m.root from child_case d join merged m on d.merged_into_id = m.id),
  child as (
    select c.id, c.record_key, c.identified_on, coalesce(c.sex, 'UNKNOWN') as sex, coalesce(c.nationality, 'UNKNOWN') as nationality,
      c.separation, ib.kind as identified_by,
      -- Age on to: the declared birth date, else 18 years before the day the child comes of age; else unknown (null).
      date_part('year', age(period.t, coalesce(c.declared_birth_date, (c.comes_of_age_on - interval '18 years')::date)))::int as age,
      -- The status on to: the last change recorded on or before it (a reopening is a change too).
      coalesce(st.to_status, 'IDENTIFIED') as status,
      coalesce(pl.kind, 'NONE') as placement, coalesce(pl.province_code, 'UNKNOWN') as province_code
    from child_case c cross join period
    join institution ib on ib.code = c.identified_by_code
    left join lateral (select s.to_status, s.changed_on from child_case_status_change s where s.child_case_id = c.id and s.changed_on <= period.t
      order by s.changed_on desc, s.created_at desc limit 1) st on true
    -- The placement on to (from_date <= to < to_date); for a case closed by then, the one its closing ended.
    left join lateral (select p.kind, mu.province_code from child_placement p join municipality mu on mu.code = p.municipality_code
      where p.child_case_id = c.id and p.from_date <= period.t
        and (p.to_date is null or p.to_date > period.t or (st.to_status = 'CLOSED' and p.to_date >= st.changed_on))
      order by p.from_date desc, p.created_at desc limit 1) pl on true
    -- Issue 21 point 4: a merged duplicate is the kept case's child, never a case or a child of its own.
    where c.merged_into_id is null and c.closing_reason is distinct from 'DUPLICATE')`;

const CHILD_COLUMNS = 'ch.sex, ch.nationality, ch.separation, ch.identified_by, ch.age, ch.status, ch.placement, ch.province_code';
const A_CASE = `ch.id as unit, ch.record_key as key, ${CHILD_COLUMNS}`;

/** AP II.6: the case's last closing within the period, with its reason and day. */
const CLOSED_IN_PERIOD = `join lateral (select coalesce(s.closing_reason, 'UNKNOWN') as closing_reason, s.changed_on as closed_on from child_case_status_change s
    where s.child_case_id = ch.id and s.to_status = 'CLOSED' and s.closing_reason is distinct from 'DUPLICATE' and s.changed_on between period.f and period.t
    order by s.changed_on desc, s.created_at desc limit 1) cl on true`;

/**
 * AP I.15.1: a referral as it stood on `to`. Revoked by then: REVOKED. Answered by then (respondedOn is the
 * last answer's day): that answer — for one revoked after `to`, ACCEPTED, the only answer a revoked
 * referral can have had. Finished (DONE) after `to` but accepted by then (the participation its acceptance
 * began): ACCEPTED. Otherwise PENDING.
 */
const OUTCOME_ON_TO = `case when r.revoked_on <= period.t then 'REVOKED'
    when r.responded_on <= period.t then case when r.status = 'REVOKED' then 'ACCEPTED' else r.status end
    when r.status = 'DONE' and exists (select 1 from child_case_participant cp where cp.via_referral_id = r.id and cp.joined_on <= period.t) then 'ACCEPTED'
    else 'PENDING' end`;

const FACTS: Record<ChildIndicator, string> = {
  // AP II.6: open at some time in [from, to]: identified by `to`, and either not closed when the period
  // began (the last change before `from`), or opened, reopened or moved on within it.
  CASES_COORDINATED: `select ${A_CASE} from child ch cross join period
    where ch.identified_on <= period.t and (
      coalesce((select s.to_status from child_case_status_change s where s.child_case_id = ch.id and s.changed_on < period.f
        order by s.changed_on desc, s.created_at desc limit 1), 'IDENTIFIED') <> 'CLOSED'
      or exists (select 1 from child_case_status_change s where s.child_case_id = ch.id and s.changed_on between period.f and period.t and s.to_status <> 'CLOSED'))`,
  CASES_CLOSED: `select ${A_CASE}, cl.closing_reason from child ch cross join period ${CLOSED_IN_PERIOD}`,
  // AP II.6 as worded: support given on or before the day the case closed, on it or on a duplicate merged into it.
  CASES_CLOSED_WITH_SUPPORT: `select ${A_CASE}, cl.closing_reason from child ch cross join period ${CLOSED_IN_PERIOD}
    where exists (select 1 from child_methodological_support ms join merged m on m.id = ms.child_case_id where m.root = ch.id and ms.given_on <= cl.closed_on)`,
  // AP II.8: every child with a case identified by `to`, at its status on `to`.
  CHILDREN: `select ${A_CASE} from child ch cross join period where ch.identified_on <= period.t`,
  CHILDREN_IN_OPEN_CASES: `select ${A_CASE} from child ch cross join period where ch.identified_on <= period.t and ch.status <> 'CLOSED'`,
  // AP I.15.1: a referral has no record key of its own: its child's case's key (the kept case's) stands for it.
  REFERRALS: `select r.id as unit, ch.record_key as key, ${CHILD_COLUMNS}, r.type as referral_type, ${OUTCOME_ON_TO} as referral_outcome
    from child_referral r cross join period join merged m on m.id = r.child_case_id join child ch on ch.id = m.root
    where r.referred_on between period.f and period.t`,
  // AP I.15.1: assessments have record keys of their own.
  ASSESSMENTS: `select a.id as unit, a.record_key as key, ${CHILD_COLUMNS}, a.kind as assessment_kind, mb.kind as assessed_by
    from best_interests_assessment a cross join period join merged m on m.id = a.child_case_id join child ch on ch.id = m.root
    join institution mb on mb.code = a.made_by_code
    where a.made_on between period.f and period.t`,
};

const factsOf = (indicator: ChildIndicator, from: string, to: string) => ({
  sql: `with recursive ${AS_OF_TO} ${FACTS[indicator]}`,
  params: [from, to],
  oneRowPerUnit: true,
});

/** The children's indicators are national: the policy's CHILD_STATS class (also checked here for the CSV reports, which pass no field rule). */
function assertReads(principal: Principal): void {
  if (!mayRead(principal.role, DataClass.CHILD_STATS)) {
    throw new ForbiddenError(`The indicators of the children's mechanism are national: your role (${principal.role}) does not read them (CHILD_STATS).`, {
      messageBg: 'Показателите на механизма за децата са национални: вашата роля няма достъп до тях.',
    });
  }
}

function checkPeriod(from: string, to: string): void {
  parseDate(from, 'from');
  parseDate(to, 'to');
  check(compareDates(from, to) <= 0, 'to', 'is before from', 'е преди from');
}

/** A one-dimension table as CountCells (key: the dimension's value). */
const keyed = (cells: Cell[], dim: Dimension) => cells.map((c) => ({ key: String(c[CELL_FIELD[dim]]), count: c.count, suppressed: c.suppressed }));

/** The query string of the same figures, for their CSV (server/reports.ts). */
const summaryCsvPath = (from: string, to: string) => `/reports/child-case-indicators.csv?${new URLSearchParams({ from, to })}`;
function breakdownCsvPath(q: Pick<ChildIndicatorQuery, 'indicator' | 'from' | 'to' | 'groupBy'>): string {
  const params = new URLSearchParams({ indicator: q.indicator, from: q.from, to: q.to });
  if (q.groupBy.length) params.set('groupBy', q.groupBy.join(','));
  return `/reports/child-indicator.csv?${params}`;
}

/** The indicators of AP II.6, II.8, I.15.1 and I.18 over [from, to], as of `to`, national. */
export async function childCaseIndicators(
  em: EntityManager,
  principal: Principal,
  from: string,
  to: string,
  threshold: number,
): Promise<ChildCaseIndicatorsType> {
  assertReads(principal);
  checkPeriod(from, to);
  // Each figure from the same facts as its breakdown (childCaseBreakdown): the same cells, the same published values.
  const count = (indicator: ChildIndicator, dims: Dimension[]) => aggregate(em, factsOf(indicator, from, to), dims, threshold);
  const coordinated = await count(ChildIndicator.CASES_COORDINATED, []);
  const closed = await count(ChildIndicator.CASES_CLOSED, ['CLOSING_REASON']);
  const supported = await count(ChildIndicator.CASES_CLOSED_WITH_SUPPORT, []);
  const referralsByType = await count(ChildIndicator.REFERRALS, ['REFERRAL_TYPE']);
  const referralsByOutcome = await count(ChildIndicator.REFERRALS, ['REFERRAL_OUTCOME']);
  const byKind = await count(ChildIndicator.ASSESSMENTS, ['ASSESSMENT_KIND']);
  const byKindAndMaker = await count(ChildIndicator.ASSESSMENTS, ['ASSESSMENT_KIND', 'ASSESSED_BY']);
  const byStatus = await count(ChildIndicator.CHILDREN, ['STATUS']);
  const byPlacement = await count(ChildIndicator.CHILDREN_IN_OPEN_CASES, ['PLACEMENT']);
  // AP I.18: visits are not persons: exact counts.
  const [visits] = await em.getConnection().execute<{ made: number; followed: number; overdue: number }[]>(
    `select count(*) filter (where visited_on between ?::date and ?::date)::int as made,
       count(*) filter (where visited_on between ?::date and ?::date and followed_up_on <= ?::date)::int as followed,
       count(*) filter (where follow_up_due_on <= ?::date and (followed_up_on is null or followed_up_on > ?::date))::int as overdue
     from monitoring_visit`,
    [from, to, from, to, to, to, to],
  );
  const kind = (k: AssessmentKind) => byKind.cells.find((c) => c.assessmentKind === k) ?? { count: 0 };
  const makers = (k: AssessmentKind) =>
    keyed(
      byKindAndMaker.cells.filter((c) => c.assessmentKind === k),
      'ASSESSED_BY',
    );
  return {
    from,
    to,
    threshold,
    casesCoordinated: coordinated.total,
    casesClosed: keyed(closed.cells, 'CLOSING_REASON'),
    casesClosedTotal: closed.total,
    casesClosedWithSupport: supported.total,
    referrals: referralsByType.total,
    referralsByType: keyed(referralsByType.cells, 'REFERRAL_TYPE'),
    referralsByOutcome: keyed(referralsByOutcome.cells, 'REFERRAL_OUTCOME'),
    rapidAssessments: kind(AssessmentKind.RAPID).count,
    rapidAssessmentsBy: makers(AssessmentKind.RAPID),
    fullAssessments: kind(AssessmentKind.FULL).count,
    fullAssessmentsBy: makers(AssessmentKind.FULL),
    monitoringVisits: Number(visits!.made),
    visitRecommendationsFollowedUp: Number(visits!.followed),
    visitFollowUpsOverdue: Number(visits!.overdue),
    childrenByStatus: keyed(byStatus.cells, 'STATUS'),
    childrenByPlacement: keyed(byPlacement.cells, 'PLACEMENT'),
    csvPath: summaryCsvPath(from, to),
  };
}

/** One figure grouped by the dimensions asked for, each of which must fit it (BAD_USER_INPUT naming groupBy). */
export async function childCaseBreakdown(
  em: EntityManager,
  principal: Principal,
  q: ChildIndicatorQuery,
  threshold: number,
): Promise<ChildIndicatorResultType> {
  assertReads(principal);
  checkPeriod(q.from, q.to);
  const definition = CHILD_INDICATORS[q.indicator];
  const dims = [...new Set(q.groupBy)];
  const misfit = dims.filter((d) => !definition.dims.includes(d));
  check(
    misfit.length === 0,
    'groupBy',
    `${misfit.join(', ')} does not fit ${q.indicator}: group it by ${definition.dims.join(', ')}`,
    `${misfit.join(', ')} не се прилага към ${q.indicator}: групирайте по ${definition.dims.join(', ')}`,
  );
  const { cells, total } = await aggregate(
    em,
    factsOf(q.indicator, q.from, q.to),
    dims.map((d) => DIMENSION[d]),
    threshold,
  );
  return {
    indicator: q.indicator,
    planItem: definition.item,
    title: definition.en,
    from: q.from,
    to: q.to,
    groupBy: dims,
    threshold,
    total,
    cells: cells as unknown as ChildIndicatorCellType[],
    csvPath: breakdownCsvPath({ ...q, groupBy: dims }),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV (server/reports.ts): the figures GraphQL publishes, with English or Bulgarian headers

type Lang = 'en' | 'bg';
const SUPPRESSED = { en: 'suppressed', bg: 'скрито' };
const TOTAL = { en: 'Total', bg: 'Общо' };
const shown = (count: number | null, lang: Lang) => (count === null ? SUPPRESSED[lang] : count);

const HEADERS: Record<ChildIndicatorDimension, { en: string; bg: string }> = {
  SEX: { en: 'Sex', bg: 'Пол' },
  AGE_GROUP: { en: 'Age group', bg: 'Възрастова група' },
  NATIONALITY: { en: 'Nationality', bg: 'Гражданство' },
  SEPARATION: { en: 'Separation', bg: 'Придружаване' },
  IDENTIFIED_BY: { en: 'Identified by', bg: 'Установено от' },
  PROVINCE: { en: 'Province', bg: 'Област' },
  STATUS: { en: 'Case status', bg: 'Етап на случая' },
  PLACEMENT: { en: 'Placement', bg: 'Настаняване' },
  CLOSING_REASON: { en: 'Closing reason', bg: 'Основание за закриване' },
  REFERRAL_TYPE: { en: 'Referral type', bg: 'Вид насочване' },
  REFERRAL_OUTCOME: { en: 'Referral outcome', bg: 'Резултат от насочването' },
  ASSESSMENT_KIND: { en: 'Kind of assessment', bg: 'Вид оценка' },
  ASSESSED_BY: { en: 'Assessed by', bg: 'Оценката е извършена от' },
};

/** A breakdown as CSV (RFC 4180): one row per group, then the total; suppressed cells say so. */
export function childIndicatorCsv(result: ChildIndicatorResultType, lang: Lang): string {
  const dims = result.groupBy;
  const lines: unknown[][] = [[...dims.map((d) => HEADERS[d][lang]), CHILD_INDICATORS[result.indicator].unit[lang]]];
  for (const cell of result.cells)
    lines.push([...dims.map((d) => (cell as unknown as Record<string, unknown>)[CELL_FIELD[DIMENSION[d]]]), shown(cell.count, lang)]);
  lines.push([...dims.map((_, i) => (i === 0 ? TOTAL[lang] : '')), shown(result.total, lang)]);
  return toCsv(lines);
}

type Figure = { item: string; en: string; bg: string; value?: number | null; cells?: CountCellType[] };
const AP = (item: string, lang: Lang) => (lang === 'bg' ? item.replace('AP ', 'ПД ') : item);

/** The summary as CSV: one row per figure or group (Action Plan item, figure, group, count). */
export function childCaseIndicatorsCsv(r: ChildCaseIndicatorsType, lang: Lang): string {
  const figures: Figure[] = [
    { item: 'AP II.6', en: 'Cases coordinated', bg: 'Координирани случаи', value: r.casesCoordinated },
    { item: 'AP II.6', en: 'Cases closed', bg: 'Закрити случаи', value: r.casesClosedTotal },
    { item: 'AP II.6', en: 'Cases closed by reason', bg: 'Закрити случаи по основание', cells: r.casesClosed },
    { item: 'AP II.6', en: 'Closed cases with methodological support', bg: 'Закрити случаи с оказана методическа подкрепа', value: r.casesClosedWithSupport },
    { item: 'AP II.8', en: 'Children with a case by status', bg: 'Деца със случай по етап на случая', cells: r.childrenByStatus },
    { item: 'AP II.8', en: 'Children in open cases by placement', bg: 'Деца в открити случаи по настаняване', cells: r.childrenByPlacement },
    { item: 'AP I.15.1', en: 'Referrals', bg: 'Насочвания', value: r.referrals },
    { item: 'AP I.15.1', en: 'Referrals by type', bg: 'Насочвания по вид', cells: r.referralsByType },
    { item: 'AP I.15.1', en: 'Referrals by outcome', bg: 'Насочвания по резултат', cells: r.referralsByOutcome },
    { item: 'AP I.15.1', en: 'Rapid best-interests assessments', bg: 'Бързи оценки на най-добрия интерес', value: r.rapidAssessments },
    { item: 'AP I.15.1', en: 'Rapid assessments by who made them', bg: 'Бързи оценки по институция', cells: r.rapidAssessmentsBy },
    { item: 'AP I.15.1', en: 'Full best-interests assessments', bg: 'Пълни оценки на най-добрия интерес', value: r.fullAssessments },
    { item: 'AP I.15.1', en: 'Full assessments by who made them', bg: 'Пълни оценки по институция', cells: r.fullAssessmentsBy },
    { item: 'AP I.18', en: 'Monitoring visits', bg: 'Мониторингови посещения', value: r.monitoringVisits },
    { item: 'AP I.18', en: 'Visits with recommendations followed up', bg: 'Посещения с проследени препоръки', value: r.visitRecommendationsFollowedUp },
    { item: 'AP I.18', en: 'Follow-ups overdue', bg: 'Просрочени проследявания', value: r.visitFollowUpsOverdue },
  ];
  const header = lang === 'bg' ? ['Мярка от Плана за действие', 'Показател', 'Група', 'Брой'] : ['Action Plan item', 'Figure', 'Group', 'Count'];
  const lines: unknown[][] = [header];
  for (const f of figures) {
    if (f.cells) for (const c of f.cells) lines.push([AP(f.item, lang), f[lang], c.key, shown(c.count, lang)]);
    else lines.push([AP(f.item, lang), f[lang], '', shown(f.value ?? null, lang)]);
  }
  return toCsv(lines);
}

// ---------------------------------------------------------------------------------------------

@Resolver()
export class ChildIndicatorsResolver {
  @Query(() => ChildCaseIndicatorsType, {
    description:
      "The 2020 Action Plan's indicators of the children's mechanism over a period, as of its end (AP II.6, II.8, I.15.1, I.18); national (CHILD_STATS), small groups suppressed.",
  })
  childCaseIndicators(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context) {
    return childCaseIndicators(ctx.em, ctx.principal!, from, to, ctx.smallCellThreshold);
  }

  @Query(() => ChildIndicatorResultType, {
    description:
      "A figure of the children's mechanism (AP II.6, II.8, I.15.1) over a period, as of its end, by sex, age group, nationality, separation, who identified the child, province and the figure's own dimensions; national (CHILD_STATS), perturbed by the cell-key method, small groups suppressed.",
  })
  childCaseBreakdown(@Arg('query', () => ChildIndicatorQuery) query: ChildIndicatorQuery, @Ctx() ctx: Context) {
    return childCaseBreakdown(ctx.em, ctx.principal!, query, ctx.smallCellThreshold);
  }
}
