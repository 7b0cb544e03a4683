import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementMember } from './agreement-member.entity.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { Measure } from './measure.entity.js';

// Children of rows the caller already reached in scope: one query per relation per request.
function childrenOf<T extends object>(load: (ids: string[]) => Promise<T[]>, parentId: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    return ids.map((id) => rows.filter((row) => parentId(row) === id));
  });
}

export function agreementLoaders(em: EntityManager) {
  return {
    membersOf: childrenOf(
      (ids) => em.find(AgreementMember, { agreement: { $in: ids } }, { orderBy: { role: 'asc', joinedOn: 'asc', id: 'asc' } }),
      (m) => m.agreement.id,
    ),
    plansOf: childrenOf(
      (ids) => em.find(IntegrationPlan, { agreement: { $in: ids } }, { orderBy: { kind: 'asc', createdAt: 'asc', id: 'asc' } }),
      (p) => p.agreement.id,
    ),
    measuresOf: childrenOf(
      (ids) => em.find(Measure, { plan: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (m) => m.plan.id,
    ),
  };
}
