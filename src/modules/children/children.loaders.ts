import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { caseAreas } from '../scopes.js';
import { byId, byKey, rowsBy } from '../../read/loaders.js';
import {
  AgeAssessment,
  BestInterestsAssessment,
  CaseChange,
  CaseParticipant,
  CaseStatusChange,
  ChildCase,
  ChildNeed,
  MethodologicalSupport,
  MissingEpisode,
  Placement,
  Referral,
  Representative,
} from './child-case.entity.js';
import type { CaseArea } from '../../domain/children.js';
import { IntegrationPlan } from '../agreements/integration-plan.entity.js';
import { criteriaOf, possibleMatchesOf, type Match } from './matching.js';

// The parts of a case the caller reached in scope, each in its own row scope where it has one (needs,
// changes and referrals: by area and institution); the field rules gate each part by area.
export function childrenLoaders(em: EntityManager, principal: Principal | null) {
  const of = <T extends object>(entity: EntityClass<T>, orderBy: Record<string, 'asc'>) => rowsBy(em, entity, 'childCase', [orderBy]);
  return {
    /** The areas of each case the caller sees (scopes.caseAreas): one query per request. */
    caseAreas: new DataLoader<string, CaseArea[]>(async (ids) => {
      if (!principal) return ids.map(() => []);
      const areas = await caseAreas(em, principal, ids);
      return ids.map((id) => areas.get(id) ?? []);
    }),
    /** The integration plan of a child's beneficiary record (Art. 3(5)), within the caller's plan scope. */
    planOfBeneficiary: byKey(
      (ids: string[]) => em.find(IntegrationPlan, { beneficiary: { $in: ids } }, { orderBy: { createdAt: 'asc' } }), // the newest wins
      (p) => p.beneficiary.id,
    ),
    /** Issue 21.4: other cases in the caller's view that may be of the same child, for a page of cases in one statement. */
    duplicatesOf: new DataLoader<ChildCase, Match[], string>(
      (cases) =>
        possibleMatchesOf(
          em,
          cases.map((c) => ({ criteria: criteriaOf(c), excludeId: c.id })),
        ),
      { cacheKeyFn: (c) => c.id },
    ),
    childCase: byId(em, ChildCase),
    statusHistoryOf: of(CaseStatusChange, { changedOn: 'asc', createdAt: 'asc' }),
    ageAssessmentsOf: of(AgeAssessment, { assessedOn: 'asc', createdAt: 'asc' }),
    representativesOf: of(Representative, { appointedOn: 'asc', createdAt: 'asc' }),
    missingEpisodesOf: of(MissingEpisode, { since: 'asc', createdAt: 'asc' }),
    placementsOf: of(Placement, { fromDate: 'asc', createdAt: 'asc' }),
    bestInterestsOf: of(BestInterestsAssessment, { madeOn: 'asc', createdAt: 'asc' }),
    methodologicalSupportOf: of(MethodologicalSupport, { givenOn: 'asc', createdAt: 'asc' }),
    // Needs in the areas the caller sees in each case (scopes.childNeed), in SQL.
    needsOf: of(ChildNeed, { area: 'asc', createdAt: 'asc' }),
    participantsOf: of(CaseParticipant, { joinedOn: 'asc', createdAt: 'asc' }),
    // The change log in the areas the caller sees in each case (scopes.caseChange), in SQL, oldest
    // first; the fields of one change (one transaction, one created_at) by name.
    changesOf: of(CaseChange, { createdAt: 'asc', field: 'asc', id: 'asc' }),
    // A participant sees the referrals to or from its institution (their reasons may carry any area); DAZD all.
    referralsOf: of(Referral, { referredOn: 'asc', createdAt: 'asc' }),
  };
}
