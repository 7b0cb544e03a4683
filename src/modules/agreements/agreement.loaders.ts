import DataLoader from 'dataloader';
import { byKey, childrenOf } from '../../read/loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { acrossScopes } from '../../read/row-scope.js';
import { Agreement } from './agreement.entity.js';
import { AgreementMember } from './agreement-member.entity.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import { Measure } from './measure.entity.js';

// Children of rows the caller already reached in scope: one query per relation per request. Plans
// and measures are scoped again: a role may reach an agreement but only some of its plans (DAZD:
// children's) or measures (RZI: health).
export function agreementLoaders(em: EntityManager, principal: Principal | null) {
  const none = async () => [];
  return {
    /** Agreements by id, within the caller's scope (others come back undefined). */
    agreement: byKey(
      async (ids: string[]) => (principal ? em.find(Agreement, { id: { $in: ids } }) : []),
      (a) => a.id,
    ),
    membersOf: childrenOf(
      (ids) => em.find(AgreementMember, { agreement: { $in: ids } }, { orderBy: { role: 'asc', joinedOn: 'asc', id: 'asc' } }),
      (m) => m.agreement.id,
    ),
    plansOf: childrenOf(
      (ids) =>
        principal
          ? em.find(
              IntegrationPlan,
              { agreement: { $in: ids } },
              {
                orderBy: { kind: 'asc', createdAt: 'asc', id: 'asc' },
              },
            )
          : none(),
      (p) => p.agreement.id,
    ),
    /** Plans by id, within the caller's scope. */
    plan: byKey(
      async (ids: string[]) => (principal ? em.find(IntegrationPlan, { id: { $in: ids } }) : []),
      (p) => p.id,
    ),
    /** The id of the agreement that replaced one (Art. 32); the agreement itself loads in scope. */
    successorOf: new DataLoader<string, string | undefined>(async (ids) => {
      // Across scopes: the successor's id only (it may be another municipality's); the agreement itself loads in scope.
      const rows = await em.find(Agreement, { transferredFrom: { $in: [...ids] } }, { fields: ['id', 'transferredFrom'], filters: acrossScopes });
      const byPredecessor = new Map(rows.map((a) => [a.transferredFrom!.id, a.id]));
      return ids.map((id) => byPredecessor.get(id));
    }),
    dutiesOf: childrenOf(
      (ids) => em.find(MayorDutyItem, { agreement: { $in: ids } }),
      (d) => d.agreement.id,
    ),
    // With their plan: a measure's class depends on the plan's kind (policy.measureClass).
    measuresOf: childrenOf(
      (ids) => (principal ? em.find(Measure, { plan: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['plan'] }) : none()),
      (m) => m.plan.id,
    ),
  };
}
