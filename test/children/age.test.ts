import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  type AgeOutcome,
  ChildCaseComesOfAgeDocument,
  type OpenCaseInput,
  OpenChildCaseComingOfAgeDocument,
  type RecordAgeAssessmentInput,
  RecordAgeAssessmentOutcomeDocument,
} from '../gql/graphql.js';
import { ok } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// The age rule of children's cases (docs/children.md, "The age rule"), through the live API: doubt
// about minority is resolved in favour of the child. AP I.21 (Part I) of the 2020 Action Plan asks for
// rules for the case where it is in doubt that a person is a minor; Directive 2013/32/EU Art. 25(5):
// if doubt remains after the assessment, the person is assumed to be a minor. A range reaching below
// 18, or a result under dispute, is still doubt; a later undisputed assessment decides a dispute.
// What the case makes of it is `comesOfAgeOn` and the CHILD_COMING_OF_AGE notice the sweep sends
// (to DAZD, for a child turning 18 within 30 days, today included).
//
// The database is shared with other test files: every check is narrowed to the cases this file opens,
// and notifications to those cases.
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -30);

const as = (role: Role) => hub().as({ role });

/** A fresh case opened by MVR, with a declared birth date or none (then no date is known). */
async function aCase(declaredBirthDate?: string): Promise<{ id: string; comesOfAgeOn: string | null }> {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Border police, Kapitan Andreevo',
    identifiedOn: IDENTIFIED_ON,
    givenName: 'Bilal',
    ...(declaredBirthDate ? { declaredBirthDate } : {}),
  };
  return ok(await (await as('MVR')).request(OpenChildCaseComingOfAgeDocument, { input }), 'openChildCase').openChildCase;
}

/** An age assessment recorded by MVR (a participant of the case, with the AGE area). */
async function assess(caseId: string, minAge: number, maxAge: number, outcome: AgeOutcome, extra: Partial<RecordAgeAssessmentInput> = {}) {
  const input: RecordAgeAssessmentInput = { caseId, method: 'MULTIDISCIPLINARY', minAge, maxAge, outcome, ...extra };
  return ok(await (await as('MVR')).request(RecordAgeAssessmentOutcomeDocument, { input }), `recordAgeAssessment ${JSON.stringify(extra)}`).recordAgeAssessment;
}

async function comesOfAgeOn(caseId: string): Promise<string | null> {
  const res = await (await as('MVR')).request(ChildCaseComesOfAgeDocument, { id: caseId });
  return ok(res, 'childCase').childCase.comesOfAgeOn;
}

/** The sweep runs, then the coming-of-age notices DAZD has about the case: the day each names, in order of the days. */
async function noticesAfterSweep(caseId: string): Promise<string[]> {
  await hub().notifications!.sweep();
  return (await receivedAbout(await as('DAZD'), 'CHILD_COMING_OF_AGE', caseId)).map((n) => n.content?.comesOfAgeOn as string).sort();
}

describe('the age rule: doubt about minority is resolved in favour of the child (AP I.21; Directive 2013/32/EU Art. 25(5))', () => {
  it('an ADULT outcome whose range reaches below 18 (17–21) leaves a child, who comes of age at the lower bound', async () => {
    const c = await aCase();
    const assessed = await assess(c.id, 17, 21, 'ADULT');
    expect(assessed).toMatchObject({ minAge: 17, maxAge: 21, disputed: false, outcome: 'ADULT' });
    // Not "today": a 17-year-old at the youngest turns 18 in a year at the latest.
    expect(await comesOfAgeOn(c.id)).toBe(addYears(today, 1));
    expect(await noticesAfterSweep(c.id)).toEqual([]);
  });

  it('an ADULT result under dispute leaves a child until a later undisputed assessment decides the dispute', async () => {
    // No birth date: no date stands before the assessment.
    const unknown = await aCase();
    const disputed = await assess(unknown.id, 18, 21, 'ADULT', { disputed: true });
    expect(disputed).toMatchObject({ disputed: true, outcome: 'ADULT', assessedOn: today });
    expect(await comesOfAgeOn(unknown.id)).toBeNull();
    expect(await noticesAfterSweep(unknown.id)).toEqual([]);

    // A decision dated before the disputed result is not later: the dispute stands.
    await assess(unknown.id, 19, 21, 'ADULT', { assessedOn: addDays(today, -1) });
    expect(await comesOfAgeOn(unknown.id)).toBeNull();
    expect(await noticesAfterSweep(unknown.id)).toEqual([]);

    // The later undisputed assessment (e.g. the re-assessment on appeal) decides: an adult from today.
    await assess(unknown.id, 19, 21, 'ADULT', { disputed: false });
    expect(await comesOfAgeOn(unknown.id)).toBe(today);
    expect(await noticesAfterSweep(unknown.id)).toEqual([today]);

    // A declared 15-year-old: the declared date keeps holding while an ADULT result is disputed, even
    // one whose range reaches below 18 (the later of the two days keeps the person a child longer).
    const declared = addYears(IDENTIFIED_ON, -15);
    const child = await aCase(declared);
    expect(child.comesOfAgeOn).toBe(addYears(declared, 18));
    await assess(child.id, 19, 23, 'ADULT', { disputed: true });
    expect(await comesOfAgeOn(child.id)).toBe(addYears(declared, 18));
    await assess(child.id, 17, 21, 'ADULT', { disputed: true });
    expect(await comesOfAgeOn(child.id)).toBe(addYears(declared, 18));
    expect(await noticesAfterSweep(child.id)).toEqual([]);
  });

  it('the rule does not over-reach: an undisputed ADULT outcome with the range 18–21 makes an adult from the day assessed', async () => {
    const c = await aCase(addYears(IDENTIFIED_ON, -16));
    await assess(c.id, 18, 21, 'ADULT');
    expect(await comesOfAgeOn(c.id)).toBe(today);
    expect(await noticesAfterSweep(c.id)).toEqual([today]);
  });

  it('a new day of coming of age is notified in its turn, though the day before it was notified already', async () => {
    // Declared to turn 18 in 10 days: the sweep tells DAZD of that day.
    const declared = addDays(addYears(today, -18), 10);
    const c = await aCase(declared);
    expect(await noticesAfterSweep(c.id)).toEqual([addYears(declared, 18)]);
    // The assessment finds an adult: DAZD is told of today as well.
    await assess(c.id, 18, 20, 'ADULT');
    expect(await noticesAfterSweep(c.id)).toEqual([today, addYears(declared, 18)]);
  });
});
