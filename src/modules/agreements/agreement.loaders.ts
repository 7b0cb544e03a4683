import DataLoader from 'dataloader';
import { byKey, childrenOf } from '../../shared/loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes } from '../../access/scopes.js';
import { Agreement } from './agreement.entity.js';
import { AgreementMember } from './agreement-member.entity.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import { Measure } from './measure.entity.js';

// Children of rows the caller already reached in scope: one query per relation per request.
export function agreementLoaders(em: EntityManager, principal: Principal | null) {
  return {
    /** Agreements by id, within the caller's scope (others come back undefined). */
    agreement: byKey(
      async (ids: string[]) => (principal ? em.find(Agreement, { $and: [{ id: { $in: ids } }, scopes.agreement(principal)] }) : []),
      (a) => a.id,
    ),
    membersOf: childrenOf(
      (ids) => em.find(AgreementMember, { agreement: { $in: ids } }, { orderBy: { role: 'asc', joinedOn: 'asc', id: 'asc' } }),
      (m) => m.agreement.id,
    ),
    plansOf: childrenOf(
      (ids) => em.find(IntegrationPlan, { agreement: { $in: ids } }, { orderBy: { kind: 'asc', createdAt: 'asc', id: 'asc' } }),
      (p) => p.agreement.id,
    ),
    /** The id of the agreement that replaced one (Art. 32); the agreement itself loads in scope. */
    successorOf: new DataLoader<string, string | undefined>(async (ids) => {
      const rows = await em.find(Agreement, { transferredFrom: { $in: [...ids] } }, { fields: ['id', 'transferredFrom'] });
      const byPredecessor = new Map(rows.map((a) => [a.transferredFrom!.id, a.id]));
      return ids.map((id) => byPredecessor.get(id));
    }),
    dutiesOf: childrenOf(
      (ids) => em.find(MayorDutyItem, { agreement: { $in: ids } }),
      (d) => d.agreement.id,
    ),
    measuresOf: childrenOf(
      (ids) => em.find(Measure, { plan: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (m) => m.plan.id,
    ),
  };
}
