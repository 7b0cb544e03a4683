import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Principal } from '../../access/principal.js';
import { nationalStatistics } from '../../access/scopes.js';
import { compareDates, parseDate } from '../../shared/dates.js';
import { ForbiddenError } from '../../shared/errors.js';
import { DateScalar } from '../../shared/scalars.js';
import { suppressSmallCells } from '../../shared/suppression.js';
import { check } from '../../shared/validate.js';

@ObjectType('CountCell', { description: 'A group and its count; null when suppressed (fewer than the threshold, or it would reveal one).' })
export class CountCellType {
  @Field(() => String) key!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('ChildCaseIndicators', { description: 'The Action Plan indicators of the coordination mechanism over a period; small groups suppressed.' })
export class ChildCaseIndicatorsType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int) threshold!: number;
  @Field(() => Int, { nullable: true, description: 'AP 6: cases coordinated (open at some time in the period).' }) casesCoordinated!: number | null;
  @Field(() => [CountCellType], { description: 'AP 6: cases closed in the period, by closing reason.' }) casesClosed!: CountCellType[];
  @Field(() => Int, { nullable: true }) casesClosedTotal!: number | null;
  @Field(() => Int, { nullable: true, description: 'AP 15.1: rapid best-interests assessments made in the period.' }) rapidAssessments!: number | null;
  @Field(() => Int, { nullable: true, description: 'AP 15.1: full best-interests assessments made in the period.' }) fullAssessments!: number | null;
  @Field(() => Int, { description: 'AP 18: monitoring visits made in the period (visits, not persons: never suppressed).' }) monitoringVisits!: number;
  @Field(() => [CountCellType], { description: 'AP 8: children in the database now, by case status.' }) childrenByStatus!: CountCellType[];
  @Field(() => [CountCellType], { description: 'AP 8: children in open cases now, by current placement (NONE: not placed).' }) childrenByPlacement!: CountCellType[];
}

const cells = (rows: { key: string; n: number }[], threshold: number) => {
  const out = suppressSmallCells(rows.map((r) => ({ key: r.key, count: Number(r.n) })), threshold);
  return { cells: out.cells, total: out.total };
};
/** One count about children: published from the threshold on (0 is a real zero). */
const single = (n: number, threshold: number) => (n === 0 || n >= threshold ? n : null);

/** The indicators of AP 6, 8, 15.1 and 18, national: for DAZD and the national bodies with STATS. */
export async function childCaseIndicators(em: EntityManager, principal: Principal, from: string, to: string, threshold: number): Promise<ChildCaseIndicatorsType> {
  if (!nationalStatistics(principal)) throw new ForbiddenError('The indicators of the children’s mechanism are national: for DAZD and the national bodies.');
  parseDate(from, 'from');
  parseDate(to, 'to');
  check(compareDates(from, to) <= 0, 'to', 'is before from');
  const sql = em.getConnection();
  const one = async (query: string, params: unknown[]) => Number((await sql.execute<{ n: number }[]>(query, params))[0]!.n);
  const coordinated = await one('select count(*)::int as n from child_case where identified_on <= ? and (closed_on is null or closed_on >= ?)', [to, from]);
  const closed = await sql.execute<{ key: string; n: number }[]>(
    'select closing_reason as key, count(*)::int as n from child_case where closed_on between ? and ? group by 1 order by 1',
    [from, to],
  );
  const bia = await sql.execute<{ key: string; n: number }[]>('select kind as key, count(*)::int as n from best_interests_assessment where made_on between ? and ? group by 1', [from, to]);
  const visits = await one('select count(*)::int as n from monitoring_visit where visited_on between ? and ?', [from, to]);
  const byStatus = await sql.execute<{ key: string; n: number }[]>('select status as key, count(*)::int as n from child_case group by 1 order by 1', []);
  const byPlacement = await sql.execute<{ key: string; n: number }[]>(
    `select coalesce(p.kind, 'NONE') as key, count(*)::int as n from child_case c
       left join child_placement p on p.child_case_id = c.id and p.to_date is null where c.status <> 'CLOSED' group by 1 order by 1`,
    [],
  );
  const closedCells = cells(closed, threshold);
  const kindCount = (kind: string) => bia.find((r) => r.key === kind)?.n ?? 0;
  return {
    from,
    to,
    threshold,
    casesCoordinated: single(coordinated, threshold),
    casesClosed: closedCells.cells,
    casesClosedTotal: closedCells.total,
    rapidAssessments: single(kindCount('RAPID'), threshold),
    fullAssessments: single(kindCount('FULL'), threshold),
    monitoringVisits: visits,
    childrenByStatus: cells(byStatus, threshold).cells,
    childrenByPlacement: cells(byPlacement, threshold).cells,
  };
}
