import type { EntityManager } from '@mikro-orm/postgresql';
import { forgetOldKeys } from '../shared/idempotency.js';
import { childrenService } from './children/children.service.js';

/**
 * Work the hub does on its own at every sweep of the notification runtime (every few seconds, and once
 * its listener reconnects), after it has dispatched and escalated notifications. Each task belongs to
 * its feature and runs in a transaction of its own, in this order; the runtime knows none of them.
 * Each must be safe to run again and in several processes at once (rows it acts on are locked, or
 * marked done, in its transaction).
 */
export interface SweepTask {
  /** What it does, and the rule it serves. */
  name: string;
  run(em: EntityManager): Promise<unknown>;
}

export const sweepTasks: readonly SweepTask[] = [
  { name: 'AP II.6: a child turning 18 within 30 days: DAZD and the case owner prepare the transition', run: (em) => childrenService.notifyComingOfAge(em) },
  { name: "AP I.18: a monitoring visit's follow-up past due: DAZD and SAR are reminded", run: (em) => childrenService.notifyOverdueFollowUps(em) },
  { name: 'idempotency keys are remembered for a month (docs/api-guide.md, "Retrying safely")', run: (em) => forgetOldKeys(em) },
];
