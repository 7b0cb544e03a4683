import { describe, expect, it } from 'vitest';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { isValidLnch } from '../../src/shared/lnch.js';
import {
  BeneficiariesDocument,
  BeneficiaryDocument,
  FamilyRelation,
  LinkFamilyMembersDocument,
  RegisterBeneficiaryDocument,
  UpdateBeneficiaryProfileDocument,
  RecordProtectionDecisionDocument,
  ProtectionKind,
  EducationLevel,
} from '../gql/graphql.js';
import { aBeneficiaryInput, anLnch, registerBeneficiary } from '../support/builders.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const sar = () => hub().as({ role: 'SAR', purpose: 'registration' });

describe('LNCh', () => {
  it('accepts a number whose tenth digit is the weighted checksum, and nothing else', () => {
    // 21·1+19·2+17·3+13·4+11·5+9·6+7·7+3·8+1·9 = 353 → check digit 3
    expect(isValidLnch('1234567893')).toBe(true);
    expect(isValidLnch('1234567890')).toBe(false);
    expect(isValidLnch('123456789')).toBe(false);
    expect(isValidLnch('12345678a3')).toBe(false);
  });
});

describe('registering a beneficiary (SAR)', () => {
  it('records identity and protection and returns them', async () => {
    const input = aBeneficiaryInput({ givenNameCyrillic: 'Амина', languages: ['ar', 'en'] });
    const res = await (await sar()).request(RegisterBeneficiaryDocument, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.registerBeneficiary).toMatchObject({
      lnch: input.lnch,
      givenNameCyrillic: 'Амина',
      birthDate: '1990-04-12',
      citizenship: 'SY',
      stateless: false,
      protectionKind: 'REFUGEE_STATUS',
      protectionDecisionServedOn: input.protectionDecisionServedOn,
      educationLevel: 'UNKNOWN',
      languages: ['ar', 'en'],
    });
  });

  const invalid: [string, Parameters<typeof aBeneficiaryInput>[0], string, RegExp][] = [
    ['a bad LNCh checksum', { lnch: '1234567890' }, 'lnch', /not a valid LNCh/],
    ['an unknown country', { citizenship: 'XX' }, 'citizenship', /not an ISO 3166-1 alpha-2/],
    ['citizenship and stateless together', { stateless: true }, 'citizenship', /not both or neither/],
    ['a birth date in the future', { birthDate: addDays(todayInSofia(), 1) }, 'birthDate', /in the future/],
    [
      'service before the decision',
      { protectionDecisionDate: '2026-01-10', protectionDecisionServedOn: '2026-01-09' },
      'protectionDecisionServedOn',
      /before the decision date/,
    ],
    [
      'protection without a decision',
      { protectionDecisionDate: null, protectionDecisionServedOn: null },
      'protectionDecisionDate',
      /needs the decision number and date/,
    ],
    ['an empty name', { familyNameLatin: '  ' }, 'familyNameLatin', /must not be empty/],
  ];
  it.each(invalid)('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_name, overrides, field, message) => {
    const input = aBeneficiaryInput(overrides);
    const client = await sar();
    const res = await client.request(RegisterBeneficiaryDocument, { input });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(res.errors?.[0]?.message).toMatch(message);
    const found = await client.request(BeneficiariesDocument, { filter: { lnch: input.lnch } });
    expect(found.data?.beneficiaries.totalCount).toBe(0);
  });

  it('refuses a second beneficiary with the same LNCh with CONFLICT', async () => {
    const lnch = anLnch();
    const client = await sar();
    await registerBeneficiary(client, { lnch });
    const res = await client.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ lnch }) });
    expect(GraphQLClient.codes(res)).toEqual(['CONFLICT']);
  });

  it('refuses registration to a municipality (FORBIDDEN naming the operation) and to anonymous callers', async () => {
    const municipality = await hub().as({ role: 'MUNICIPALITY', unit: 'SOF46' });
    const res = await municipality.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput() });
    expect(GraphQLClient.codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.message).toBe('Access denied to Mutation.registerBeneficiary.');
    const anonymous = await hub().anonymous.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput() });
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('family links and profile', () => {
  it('records a link both ways', async () => {
    const client = await sar();
    const parent = await registerBeneficiary(client);
    const child = await registerBeneficiary(client, { birthDate: '2015-03-01', givenNameLatin: 'Omar' });
    const res = await client.request(LinkFamilyMembersDocument, { beneficiaryId: parent, relativeId: child, relation: FamilyRelation.Child });
    expect(res.data?.linkFamilyMembers.family).toEqual([{ relation: 'CHILD', relative: { id: child, givenNameLatin: 'Omar' } }]);
    const back = await client.request(BeneficiaryDocument, { id: child });
    expect(back.data?.beneficiary.family).toEqual([{ relation: 'PARENT', relative: { id: parent } }]);
  });

  it('lets SAR write the integration profile (Art. 20 p.1)', async () => {
    const client = await sar();
    const id = await registerBeneficiary(client);
    const res = await client.request(UpdateBeneficiaryProfileDocument, { input: { id, integrationProfile: 'Arabic teacher, 8 years', languages: ['ar'] } });
    expect(res.data?.updateBeneficiaryProfile).toMatchObject({ integrationProfile: 'Arabic teacher, 8 years', languages: ['ar'] });
  });
});

describe('protection decided after registration', () => {
  it('SAR records the decision for an applicant registered during the procedure; it must be served after it is made', async () => {
    const client = await sar();
    const id = await registerBeneficiary(client, {
      protectionKind: null,
      protectionDecisionNumber: null,
      protectionDecisionDate: null,
      protectionDecisionServedOn: null,
    });
    const today = todayInSofia();
    const wrong = await client.request(RecordProtectionDecisionDocument, {
      input: {
        beneficiaryId: id,
        protectionKind: ProtectionKind.HumanitarianStatus,
        protectionDecisionNumber: 'HS-9',
        protectionDecisionDate: today,
        protectionDecisionServedOn: addDays(today, -1),
      },
    });
    expect(GraphQLClient.codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors?.[0]?.extensions?.field).toBe('protectionDecisionServedOn');
    const res = await client.request(RecordProtectionDecisionDocument, {
      input: {
        beneficiaryId: id,
        protectionKind: ProtectionKind.HumanitarianStatus,
        protectionDecisionNumber: 'HS-9',
        protectionDecisionDate: addDays(today, -2),
        protectionDecisionServedOn: today,
      },
    });
    expect(res.data?.recordProtectionDecision).toMatchObject({ protectionKind: 'HUMANITARIAN_STATUS', protectionDecisionServedOn: today });
    const municipality = await hub().as({ role: 'MUNICIPALITY', unit: 'VAR06' });
    const refused = await municipality.request(RecordProtectionDecisionDocument, {
      input: { beneficiaryId: id, protectionKind: ProtectionKind.RefugeeStatus, protectionDecisionNumber: 'X', protectionDecisionDate: today },
    });
    expect(GraphQLClient.codes(refused)).toEqual(['FORBIDDEN']);
  });

  it('a municipality updates the profile of a person in its scope, but not SAR’s integration profile (Art. 20 p.1)', async () => {
    const { mayor, family } = await concludedAgreement(hub(), 'VID06');
    const ok = await mayor.request(UpdateBeneficiaryProfileDocument, {
      input: { id: family.holderId, educationLevel: EducationLevel.Higher, languages: ['ar', 'bg'] },
    });
    expect(ok.data?.updateBeneficiaryProfile).toMatchObject({ educationLevel: 'HIGHER', languages: ['ar', 'bg'] });
    const refused = await mayor.request(UpdateBeneficiaryProfileDocument, { input: { id: family.holderId, integrationProfile: 'x' } });
    expect(GraphQLClient.codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.extensions?.field).toBe('integrationProfile');
  });
});

describe('reading beneficiaries', () => {
  it('pages through beneficiaries in a stable order with a totalCount', async () => {
    const client = await sar();
    const citizenship = 'ER';
    for (let i = 0; i < 5; i++) await registerBeneficiary(client, { citizenship, familyNameLatin: `Paging${i}` });
    const first = await client.request(BeneficiariesDocument, { filter: { citizenship }, first: 2 });
    expect(first.data?.beneficiaries.totalCount).toBeGreaterThanOrEqual(5);
    expect(first.data?.beneficiaries.edges).toHaveLength(2);
    expect(first.data?.beneficiaries.pageInfo.hasNextPage).toBe(true);
    const seen = new Set(first.data!.beneficiaries.edges.map((e) => e.node.id));
    let after = first.data!.beneficiaries.pageInfo.endCursor;
    for (;;) {
      const page = await client.request(BeneficiariesDocument, { filter: { citizenship }, first: 2, after });
      for (const e of page.data!.beneficiaries.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      if (!page.data!.beneficiaries.pageInfo.hasNextPage) break;
      after = page.data!.beneficiaries.pageInfo.endCursor;
    }
    expect(seen.size).toBe(first.data!.beneficiaries.totalCount);
  });

  it('refuses a page size over 100 and a forged cursor with BAD_USER_INPUT', async () => {
    const client = await sar();
    expect(GraphQLClient.codes(await client.request(BeneficiariesDocument, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(GraphQLClient.codes(await client.request(BeneficiariesDocument, { after: 'bm9wZQ' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('says NOT_FOUND for an id outside the scope, and BAD_USER_INPUT for a malformed id', async () => {
    const id = await registerBeneficiary(await sar());
    const municipality = await hub().as({ role: 'MUNICIPALITY', unit: 'VAR06' });
    const res = await municipality.request(BeneficiaryDocument, { id });
    expect(GraphQLClient.codes(res)).toEqual(['NOT_FOUND']);
    const list = await municipality.request(BeneficiariesDocument, { filter: { lnch: undefined } });
    expect(list.data?.beneficiaries.edges.map((e) => e.node.id)).not.toContain(id);
    expect(GraphQLClient.codes(await municipality.request(BeneficiaryDocument, { id: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses roles whose statutory view holds no identity data (FORBIDDEN on the field)', async () => {
    const nsorb = await hub().as({ role: 'NSORB' });
    const res = await nsorb.request(BeneficiariesDocument, {});
    expect(GraphQLClient.codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.extensions?.field).toBe('Query.beneficiaries');
  });
});
