import { randomInt } from 'node:crypto';
import { withLnchCheckDigit } from '../../src/shared/lnch.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { RegisterBeneficiaryDocument, type RegisterBeneficiaryInput, Sex, ProtectionKind } from '../gql/graphql.js';
import type { GraphQLClient } from './client.js';

/** A fresh valid LNCh: unique per call in practice (9 random digits + check digit). */
export const anLnch = (): string => withLnchCheckDigit(String(randomInt(100_000_000, 999_999_999)));

/** Registration data for a refugee granted status 10 days ago, served 5 days ago; override as needed. */
export function aBeneficiaryInput(overrides: Partial<RegisterBeneficiaryInput> = {}): RegisterBeneficiaryInput {
  const today = todayInSofia();
  return {
    lnch: anLnch(),
    givenNameLatin: 'Amina',
    familyNameLatin: `Test${randomInt(1_000_000)}`,
    birthDate: '1990-04-12',
    sex: Sex.Female,
    citizenship: 'SY',
    protectionKind: ProtectionKind.RefugeeStatus,
    protectionDecisionNumber: `RD-${randomInt(100_000)}`,
    protectionDecisionDate: addDays(today, -10),
    protectionDecisionServedOn: addDays(today, -5),
    ...overrides,
  };
}

/** Registers a beneficiary through the API as SAR; returns its id. */
export async function registerBeneficiary(sar: GraphQLClient, overrides: Partial<RegisterBeneficiaryInput> = {}): Promise<string> {
  const res = await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput(overrides) });
  if (!res.data?.registerBeneficiary) throw new Error(`registerBeneficiary failed: ${JSON.stringify(res.errors)}`);
  return res.data.registerBeneficiary.id;
}
