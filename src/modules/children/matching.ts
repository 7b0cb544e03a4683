import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { acrossScopes } from '../../read/row-scope.js';
import { registerEnumType } from 'type-graphql';
import { addYears, type CalendarDate } from '../../shared/dates.js';
import { ChildCase } from './child-case.entity.js';

import { caseNameKeys, nameKeys } from './names.js';

export { nameKeys };

export interface MatchCriteria {
  givenName?: string | null;
  familyName?: string | null;
  declaredBirthDate?: CalendarDate | null;
  nationality?: string | null;
  beneficiaryId?: string | null;
}

export enum MatchReason {
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  NATIONALITY = 'NATIONALITY',
  BENEFICIARY = 'BENEFICIARY',
}
registerEnumType(MatchReason, {
  name: 'MatchReason',
  valuesConfig: {
    NAME: { description: 'A word of the names in common, across Latin and Cyrillic spellings.' },
    BIRTH_DATE: { description: 'Both have a declared birth date, within a year of each other.' },
    NATIONALITY: { description: 'Both have the same nationality.' },
    BENEFICIARY: { description: 'The same beneficiary record.' },
  },
});

/**
 * Keys the names of cases written before ChildCase.nameKeys existed (null), a batch at a time: the
 * search finds them then. Runs as the hub starts, after the migrations (db/orm.ts); idempotent.
 */
export async function rekeyChildCases(em: EntityManager): Promise<number> {
  let keyed = 0;
  for (;;) {
    const rows = await em.find(ChildCase, { nameKeys: null }, { limit: 500 });
    if (!rows.length) return keyed;
    for (const c of rows) c.keyNames();
    await em.flush();
    em.clear();
    keyed += rows.length;
  }
}

/** What a case says of who the child is, to look for the same child elsewhere. */
export const criteriaOf = (c: ChildCase): MatchCriteria => ({
  givenName: c.givenName,
  familyName: c.familyName,
  declaredBirthDate: c.declaredBirthDate,
  nationality: c.nationality,
  beneficiaryId: c.beneficiary?.id ?? null,
});

/** How many cases one search reads at most (newest identification first), for all the children it looks for. */
const SCANNED = 2000;

/** What one search looks for, worked out once: its names' keys and its birth-date window (a year each way). */
interface Probe {
  criteria: MatchCriteria;
  keys: string[];
  born: { from: CalendarDate; to: CalendarDate } | null;
}
const probeOf = (criteria: MatchCriteria): Probe => {
  const born = criteria.declaredBirthDate;
  return { criteria, keys: caseNameKeys(criteria), born: born ? { from: addYears(born, -1), to: addYears(born, 1) } : null };
};

/** The SQL condition of the cases that may be the child probed: a name key in common, plausibly; or its record. */
function candidates({ criteria, keys, born }: Probe): FilterQuery<ChildCase> | null {
  const either: FilterQuery<ChildCase>[] = [];
  if (keys.length) {
    const plausible: FilterQuery<ChildCase>[] = [{ nameKeys: { $overlap: keys } }];
    if (born) plausible.push({ $or: [{ declaredBirthDate: null }, { declaredBirthDate: { $gte: born.from, $lte: born.to } }] });
    if (criteria.nationality) plausible.push({ $or: [{ nationality: null }, { nationality: criteria.nationality }] });
    either.push({ $and: plausible });
  }
  if (criteria.beneficiaryId) either.push({ beneficiary: criteria.beneficiaryId });
  return either.length ? { $or: either } : null;
}

/** Why a case may be the child probed, or nothing: the same rules as `candidates`, on the row. */
function reasonsFor({ criteria, keys, born }: Probe, c: ChildCase): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (criteria.beneficiaryId && c.beneficiary?.id === criteria.beneficiaryId) reasons.push(MatchReason.BENEFICIARY);
  const bornClose = !born || !c.declaredBirthDate || (c.declaredBirthDate >= born.from && c.declaredBirthDate <= born.to);
  const sameNationality = !criteria.nationality || !c.nationality || c.nationality === criteria.nationality;
  if ((c.nameKeys ?? []).some((k) => keys.includes(k)) && bornClose && sameNationality) {
    reasons.push(MatchReason.NAME);
    if (born && c.declaredBirthDate) reasons.push(MatchReason.BIRTH_DATE);
    if (criteria.nationality && c.nationality) reasons.push(MatchReason.NATIONALITY);
  }
  return reasons.includes(MatchReason.BENEFICIARY) || reasons.includes(MatchReason.NAME) ? reasons : [];
}

export type Match = { childCase: ChildCase; reasons: MatchReason[] };

/**
 * For each child described, the cases in the caller's row scope (every case with `everyCase`) that may be the same child: the same beneficiary
 * record, or a name word in common (by key, ChildCase.nameKeys, indexed) with no contradiction: birth
 * dates within a year of each other, or one unknown; the same nationality, or one unknown; never a
 * case already merged into another, nor the case itself (`excludeId`). One statement for them all
 * (a page's possibleDuplicates). The row scope decides what a caller may learn: a search never says
 * anything of a case outside it.
 */
export async function possibleMatchesOf(
  em: EntityManager,
  subjects: readonly { criteria: MatchCriteria; excludeId?: string }[],
  { everyCase = false } = {},
): Promise<Match[][]> {
  const probes = subjects.map((s) => probeOf(s.criteria));
  const branches = probes.map(candidates).filter((b) => b !== null);
  if (!branches.length) return subjects.map(() => []);
  // A case merged into another (DUPLICATE) is settled: the kept case answers for the child.
  const rows = await em.find(
    ChildCase,
    { $and: [{ mergedInto: null }, { $or: branches }] },
    // In the caller's view; every case for DAZD's warning of duplicates (issue 21.4).
    { orderBy: { identifiedOn: 'desc', id: 'asc' }, limit: SCANNED, filters: everyCase ? acrossScopes : {} },
  );
  return subjects.map(({ excludeId }, i) =>
    rows
      .filter((c) => c.id !== excludeId)
      .flatMap((c) => {
        const reasons = reasonsFor(probes[i]!, c);
        return reasons.length ? [{ childCase: c, reasons }] : [];
      }),
  );
}

/** The cases that may be the child described (possibleMatchesOf, for one). */
export async function possibleMatches(
  em: EntityManager,
  criteria: MatchCriteria,
  { everyCase = false, excludeId }: { everyCase?: boolean; excludeId?: string } = {},
): Promise<Match[]> {
  return (await possibleMatchesOf(em, [{ criteria, excludeId }], { everyCase }))[0]!;
}
