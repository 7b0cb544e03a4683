import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { StatisticsResolver } from './statistics.resolver.js';

/** Aggregates over agreements and the indicators of Art. 12, small cells suppressed. */
export const statisticsModule: HubModule = {
  entities: [],
  resolvers: [StatisticsResolver],
  policy: {
    query: { agreementStatistics: DataClass.STATS, indicator: DataClass.STATS },
    types: {
      AgreementStatistics: { '*': DataClass.STATS },
      AgreementStatisticsCell: { '*': DataClass.STATS },
      IndicatorResult: { '*': DataClass.STATS },
      IndicatorCell: { '*': DataClass.STATS },
    },
  },
};
