import DataLoader from 'dataloader';
import { byId, childrenOf, relationOf } from '../../read/loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { acrossScopes } from '../../read/row-scope.js';
import { Agreement } from './agreement.entity.js';
import type { AgreementMember } from './agreement-member.entity.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MayorDutyItem } from './mayor-duty.entity.js';
import type { Measure } from './measure.entity.js';

// The agreement's relations as its JSON types declare them (agreement.json.ts): one declaration for the
// loaders and the JSON statement. Plans and measures are in their own row scopes: a role may reach an
// agreement but only some of its plans (DAZD: children's) or measures (RZI: health).
export function agreementLoaders(em: EntityManager) {
  return {
    agreement: byId(em, Agreement),
    membersOf: relationOf<AgreementMember>(em, 'Agreement', 'members'),
    plansOf: relationOf<IntegrationPlan>(em, 'Agreement', 'plans'),
    plan: byId(em, IntegrationPlan),
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
    measuresOf: relationOf<Measure>(em, 'IntegrationPlan', 'measures'),
  };
}
