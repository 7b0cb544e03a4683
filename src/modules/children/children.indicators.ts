import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../server/context.js';
import type { Principal } from '../../access/principal.js';
import { nationalStatistics } from '../../access/scopes.js';
import { compareDates, parseDate } from '../../shared/dates.js';
import { ForbiddenError } from '../../shared/errors.js';
import { DateScalar } from '../../shared/scalars.js';
import { cellKeySql, perturb } from '../statistics/cell-key.js';
import { check } from '../../shared/validate.js';

@ObjectType('CountCell', { description: 'A group and its count, perturbed by the cell-key method (at most ±2 from the true count); null when suppressed (perturbed under the threshold).' })
export class CountCellType {
  @Field(() => String) key!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('ChildCaseIndicators', { description: 'The Action Plan indicators of the coordination mechanism over a period; counts of children and assessments perturbed by the cell-key method, small ones suppressed (docs/indicators.md).' })
export class ChildCaseIndicatorsType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Counts whose perturbed value is under this are suppressed (null); 0 is a true zero.' }) threshold!: number;
  @Field(() => Int, { nullable: true, description: 'AP II.6: cases coordinated (open at some time in the period).' }) casesCoordinated!: number | null;
  @Field(() => [CountCellType], { description: 'AP II.6: cases closed in the period, by closing reason.' }) casesClosed!: CountCellType[];
  @Field(() => Int, { nullable: true }) casesClosedTotal!: number | null;
  @Field(() => Int, { nullable: true, description: 'AP I.15.1: rapid best-interests assessments made in the period.' }) rapidAssessments!: number | null;
  @Field(() => Int, { nullable: true, description: 'AP I.15.1: full best-interests assessments made in the period.' }) fullAssessments!: number | null;
  @Field(() => Int, { description: 'AP I.18: monitoring visits made in the period (visits, not persons: never suppressed).' }) monitoringVisits!: number;
  @Field(() => [CountCellType], { description: 'AP II.8: children in the database now, by case status.' }) childrenByStatus!: CountCellType[];
  @Field(() => [CountCellType], { description: 'AP II.8: children in open cases now, by current placement (NONE: not placed).' }) childrenByPlacement!: CountCellType[];
}

/** Rows of a count per key, with the key sum of the counted records (SQL: cellKeySql). */
type Counted = { key: string; n: number; k: number };
/** docs/indicators.md: each group published by the cell-key method, on its records' keys. */
const cells = (rows: Counted[], threshold: number): CountCellType[] => rows.map((r) => ({ key: r.key, ...perturb(Number(r.n), Number(r.k), threshold) }));

/** The indicators of AP II.6, II.8, I.15.1 and 18, national: for DAZD and the national bodies with STATS. */
export async function childCaseIndicators(em: EntityManager, principal: Principal, from: string, to: string, threshold: number): Promise<ChildCaseIndicatorsType> {
  if (!nationalStatistics(principal)) throw new ForbiddenError('The indicators of the children’s mechanism are national: for DAZD and the national bodies.');
  parseDate(from, 'from');
  parseDate(to, 'to');
  check(compareDates(from, to) <= 0, 'to', 'is before from');
  const sql = em.getConnection();
  const one = async (query: string, params: unknown[]) => (await sql.execute<Counted[]>(query, params))[0]!;
  // Counts of children (one per case) and of assessments are published by the cell-key method on the
  // records' keys (the cases' or the assessments'); each total is a cell of its own, not a sum.
  const keyed = `count(*)::int as n, ${cellKeySql('record_key')} as k`;
  const coordinated = await one(`select ${keyed} from child_case where identified_on <= ? and (closed_on is null or closed_on >= ?)`, [to, from]);
  const closedRows = await sql.execute<(Counted & { g: boolean })[]>(
    `select closing_reason as key, ${keyed}, grouping(closing_reason) <> 0 as g from child_case where closed_on between ? and ?
       group by grouping sets ((closing_reason), ()) order by g, 1`,
    [from, to],
  );
  const closedTotal = closedRows.find((r) => r.g)!;
  const closed = closedRows.filter((r) => !r.g);
  const bia = await sql.execute<Counted[]>(`select kind as key, ${keyed} from best_interests_assessment where made_on between ? and ? group by 1`, [from, to]);
  const visits = Number((await sql.execute<{ n: number }[]>('select count(*)::int as n from monitoring_visit where visited_on between ? and ?', [from, to]))[0]!.n);
  const byStatus = await sql.execute<Counted[]>(`select status as key, ${keyed} from child_case group by 1 order by 1`, []);
  const byPlacement = await sql.execute<Counted[]>(
    `select coalesce(p.kind, 'NONE') as key, count(*)::int as n, ${cellKeySql('c.record_key')} as k from child_case c
       left join child_placement p on p.child_case_id = c.id and p.to_date is null where c.status <> 'CLOSED' group by 1 order by 1`,
    [],
  );
  const single = (r: Counted | undefined) => perturb(Number(r?.n ?? 0), Number(r?.k ?? 0), threshold).count;
  return {
    from,
    to,
    threshold,
    casesCoordinated: single(coordinated),
    casesClosed: cells(closed, threshold),
    casesClosedTotal: single(closedTotal),
    rapidAssessments: single(bia.find((r) => r.key === 'RAPID')),
    fullAssessments: single(bia.find((r) => r.key === 'FULL')),
    monitoringVisits: visits,
    childrenByStatus: cells(byStatus, threshold),
    childrenByPlacement: cells(byPlacement, threshold),
  };
}

@Resolver()
export class ChildIndicatorsResolver {
  @Query(() => ChildCaseIndicatorsType, { description: 'The Action Plan indicators of the mechanism over a period (AP II.6, II.8, I.15.1, I.18), national, small groups suppressed.' })
  childCaseIndicators(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context) {
    return childCaseIndicators(ctx.em, ctx.principal!, from, to, ctx.smallCellThreshold);
  }
}
