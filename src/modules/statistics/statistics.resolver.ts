import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ListArg } from '../../shared/input.js';
import type { Context } from '../context.js';
import { statisticsService } from './statistics.service.js';
import { indicatorService } from './indicator.service.js';
import { IndicatorQuery, IndicatorResultType } from './indicator.types.js';
import { AgreementDimension, AgreementStatisticsFilter, AgreementStatisticsType } from './statistics.types.js';

@Resolver()
export class StatisticsResolver {
  @Query(() => AgreementStatisticsType, {
    description:
      'Agreement counts in your scope, grouped by the dimensions you name; perturbed by the cell-key method, small groups suppressed (STATS, docs/indicators.md).',
  })
  agreementStatistics(
    @ListArg(
      'groupBy',
      () => [AgreementDimension],
      { maxItems: Object.keys(AgreementDimension).length },
      { defaultValue: [], description: 'None: the total only.' },
    )
    groupBy: AgreementDimension[],
    @Arg('filter', () => AgreementStatisticsFilter, { nullable: true }) filter: AgreementStatisticsFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return statisticsService.agreements(ctx.em, ctx.principal!, groupBy, filter, ctx.smallCellThreshold);
  }

  @Query(() => IndicatorResultType, {
    description:
      'An Art. 12(1) indicator over a period in your scope, grouped by Art. 12(3) dimensions; perturbed by the cell-key method, small groups suppressed (STATS, docs/indicators.md).',
  })
  indicator(@Arg('query', () => IndicatorQuery) query: IndicatorQuery, @Ctx() ctx: Context) {
    return indicatorService.compute(ctx.em, ctx.principal!, query, ctx.smallCellThreshold);
  }
}
