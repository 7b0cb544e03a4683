import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantDocument,
  AppointRepresentativeKindDocument,
  CaseReferralsPageIdsDocument,
  ChildCaseIdDocument,
  type OpenCaseInput,
  OpenChildCaseDocument,
  RecordPlacementDocument,
  ReferChildCaseDocument,
  RespondToReferralOnDocument,
} from '../gql/graphql.js';
import { type GraphQLClient, ok, refused } from '../support/client.js';
import { listedCase } from '../support/children.js';
import { useTestHub } from '../support/hub.js';

// Issue 21.3: ASP acts through its regional directorates for social assistance (one per province). An
// ASP token may name one by its province code: it then sees, of the cases ASP takes part in, those of
// children placed in its province now, and answers only their referrals; the central administration
// (no unit) sees them all. Every assertion is about this file's own cases, by id (other files place
// children in Smolyan and Kardzhali too).
const hub = useTestHub();
const today = todayInSofia();

const as = (role: Role, unit?: string) => hub().as({ role, unit });

async function aCasePlacedIn(municipalityCode: string) {
  const dazd = await as('DAZD');
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Reception centre',
    identifiedOn: addDays(today, -5),
    givenName: `Unit ${randomUUID().slice(0, 8)}`,
  };
  const id = ok(await dazd.request(OpenChildCaseDocument, { input }), 'open').openChildCase.id;
  ok(await dazd.request(RecordPlacementDocument, { input: { caseId: id, kind: 'FOSTER_FAMILY', provider: 'Family', municipalityCode } }), 'place');
  return id;
}
const join = async (id: string) =>
  ok(await (await as('DAZD')).request(AddCaseParticipantDocument, { caseId: id, institutionCode: 'ASP', role: 'social services' }), 'ASP joins');

const read = (client: GraphQLClient, id: string) => client.request(ChildCaseIdDocument, { id });

describe('children: ASP regional directorates (issue 21.3)', () => {
  it('issue 21.3, AP II.7: an ASP regional directorate sees the cases of children placed in its province; the central administration sees all', async () => {
    const smolyan = await aCasePlacedIn('SML31');
    const kardzhali = await aCasePlacedIn('KRZ16');
    for (const id of [smolyan, kardzhali]) await join(id);
    const [central, sml, krz] = [await as('ASP'), await as('ASP', 'SML'), await as('ASP', 'KRZ')];

    expect((await read(central, smolyan)).data?.childCase.id).toBe(smolyan);
    expect((await read(central, kardzhali)).data?.childCase.id).toBe(kardzhali);
    expect((await read(sml, smolyan)).data?.childCase.id).toBe(smolyan);
    refused(await read(sml, kardzhali), 'NOT_FOUND');
    refused(await read(krz, smolyan), 'NOT_FOUND');
    expect([await listedCase(sml, smolyan), await listedCase(sml, kardzhali), await listedCase(krz, kardzhali)]).toEqual([true, false, true]);

    // The child moves to Kardzhali: the case moves with it, from one directorate to the other.
    ok(
      await (await as('DAZD')).request(RecordPlacementDocument, {
        input: { caseId: smolyan, kind: 'SOCIAL_SERVICE', provider: 'Centre', municipalityCode: 'KRZ16' },
      }),
      'moves',
    );
    refused(await read(sml, smolyan), 'NOT_FOUND');
    expect((await read(krz, smolyan)).data?.childCase.id).toBe(smolyan);
  });

  it('issue 21.3: a referral to ASP is listed and answered by the directorate of the province the child is placed in', async () => {
    const id = await aCasePlacedIn('SML31');
    const dazd = await as('DAZD');
    ok(await dazd.request(AppointRepresentativeKindDocument, { input: { caseId: id, kind: 'GUARDIAN', name: 'Maria Ivanova' } }), 'guardian');
    const referral = ok(
      await dazd.request(ReferChildCaseDocument, {
        input: { caseId: id, toInstitutionCode: 'ASP', type: 'CARE', reason: 'A foster family.', sharedAreas: ['CARE'], consent: 'REPRESENTATIVE' },
      }),
      'refer',
    ).referChildCase.id;
    const pending = async (client: GraphQLClient) =>
      ok(await client.request(CaseReferralsPageIdsDocument, { first: 100, status: 'PENDING' }), 'pending').caseReferralsPage.edges.map((e) => e.node.id);
    const [sml, krz] = [await as('ASP', 'SML'), await as('ASP', 'KRZ')];
    expect(await pending(sml)).toContain(referral);
    expect(await pending(krz)).not.toContain(referral);
    refused(await krz.request(RespondToReferralOnDocument, { id: referral, status: 'ACCEPTED' }), 'NOT_FOUND');
    expect(ok(await sml.request(RespondToReferralOnDocument, { id: referral, status: 'ACCEPTED' }), 'SML accepts').respondToReferral.status).toBe('ACCEPTED');
    expect((await read(sml, id)).data?.childCase.id).toBe(id);
  });

  it('issue 21.3: an ASP unit is a province code; other national bodies take none', async () => {
    // The claims are checked by the same schema on signing and on every request (access/principal.ts principalClaims).
    await expect(as('ASP', 'SML31')).rejects.toThrow(/not a province code/);
    await expect(as('MON', 'SML')).rejects.toThrow(/national body/);
  });
});
