import { describe, expect, it } from 'vitest';
import {
  AuditLogDocument,
  BeneficiariesDocument,
  MunicipalitiesDocument,
  RegisterBeneficiaryDocument,
  UpdateBeneficiaryProfileDocument,
} from '../gql/graphql.js';
import { aBeneficiaryInput, registerBeneficiary } from '../support/builders.js';
import { useTestHub } from '../support/hub.js';
import { expectRefused } from '../support/refusals.js';

// Issue 15, "Input": each of these reached PostgreSQL (or was stored whole) and a bad value came
// back INTERNAL_SERVER_ERROR.
const hub = useTestHub();

describe('text arguments', () => {
  it('refuse a NUL byte, naming the argument', async () => {
    expectRefused(await hub().anonymous.request(MunicipalitiesDocument, { provinceCode: 'BLG\u0000' }), 'provinceCode');
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ givenNameLatin: 'Am\u0000ina' }) }), 'input.givenNameLatin');
    expectRefused(await sar.request(BeneficiariesDocument, { filter: { lnch: '\u0000' } }), 'filter.lnch');
    const admin = await hub().as({ role: 'ADMIN', purpose: null });
    expectRefused(await admin.request(AuditLogDocument, { filter: { subject: 'officer\u0000' } }), 'filter.subject');
  });

  it('refuse other control characters; free text may hold line breaks and tabs', async () => {
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ familyNameLatin: 'Line\nBreak' }) }), 'input.familyNameLatin');
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ qualifications: 'bell \u0007' }) }), 'input.qualifications');
    const ok = await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ qualifications: 'Welder\n\tcertified 2019\r\n' }) });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
  });

  it('refuse 900 KB of qualifications and 10,000 languages, naming the argument', async () => {
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(
      await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ qualifications: 'x'.repeat(900_000) }) }),
      'input.qualifications',
    );
    const id = await registerBeneficiary(sar);
    const languages = Array.from({ length: 10_000 }, () => 'ar');
    expectRefused(await sar.request(UpdateBeneficiaryProfileDocument, { input: { id, languages } }), 'input.languages');
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ languages }) }), 'input.languages');
  });
});

describe('null for a field that cannot be cleared', () => {
  it('educationLevel: null is BAD_USER_INPUT naming it, on update and on registration', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const id = await registerBeneficiary(sar);
    expectRefused(await sar.request(UpdateBeneficiaryProfileDocument, { input: { id, educationLevel: null } }), 'input.educationLevel');
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ educationLevel: null }) }), 'input.educationLevel');
  });
});

describe('null arguments', () => {
  it('a null filter (or date, or note) is read as one left out, as the services expect', async () => {
    const sar = await hub().as({ role: 'SAR' });
    // Literal nulls written in the document, one root after another (the point is the raw input): inline.
    for (const root of ['agreements', 'beneficiaries', 'municipalityRegister', 'agreementApplications', 'childCases', 'notifications']) {
      const res = await sar.request(`query { ${root}(filter: null, first: null, after: null) { totalCount } }`);
      expect(res.errors, `${root}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    }
    // The same literal null for the statistics' filter.
    const stats = await sar.request('query { agreementStatistics(filter: null) { total } }');
    expect(stats.errors, JSON.stringify(stats.errors)).toBeUndefined();
  });
});
