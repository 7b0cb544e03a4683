import type { HubModule } from '../module.js';
import { StatisticsResolver } from './statistics.resolver.js';

/** Aggregates over agreements and the indicators of Art. 12, small cells suppressed. */
export const statisticsModule: HubModule = { entities: [], resolvers: [StatisticsResolver] };
