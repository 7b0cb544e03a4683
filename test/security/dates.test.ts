import { describe, expect, it } from 'vitest';
import { AgreementsDocument, AuditLogDocument, RegisterBeneficiaryDocument } from '../gql/graphql.js';
import { aBeneficiaryInput } from '../support/builders.js';
import { useTestHub } from '../support/hub.js';
import { expectRefused } from '../support/refusals.js';

// Issue 15: the year 0000 passed every check and PostgreSQL refused it (INTERNAL_SERVER_ERROR, and
// HTTP 500 from the CSV reports).
const hub = useTestHub();

describe('dates', () => {
  it('refuse the year 0000 and years outside 1900–2100, in dates and timestamps', async () => {
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ birthDate: '0000-01-01' }) }), 'input.birthDate');
    expectRefused(await sar.request(RegisterBeneficiaryDocument, { input: aBeneficiaryInput({ birthDate: '1899-12-31' }) }), 'input.birthDate');
    expectRefused(await sar.request(AgreementsDocument, { filter: { signedFrom: '0000-01-01' } }), 'filter.signedFrom');
    expectRefused(await sar.request(AgreementsDocument, { filter: { signedTo: '2101-01-01' } }), 'filter.signedTo');
    const admin = await hub().as({ role: 'ADMIN', purpose: null });
    expectRefused(await admin.request(AuditLogDocument, { filter: { from: '0000-01-01T00:00:00Z' } }), 'filter.from');
  });

  it('accept the bounds themselves', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const res = await sar.request(AgreementsDocument, { filter: { signedFrom: '1900-01-01', signedTo: '2100-12-31' } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  });

  it('the CSV reports answer 400, not 500, for the year 0000', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const get = (path: string) => fetch(`${hub().url}/reports/${path}`, { headers: { authorization: `Bearer ${sar.token}` } });
    const indicator = await get('indicator.csv?indicator=EMPLOYED&from=0000-01-01&to=2026-06-30');
    expect(indicator.status).toBe(400);
    expect(((await indicator.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('from');
    const monthly = await get('monthly-register.csv?month=0000-01');
    expect(monthly.status).toBe(400);
    expect(((await monthly.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('month');
    const nul = await get('indicator.csv?indicator=EMPLOYED&from=2026-01-01&to=2026-06-30&provinceCode=%00');
    expect(nul.status).toBe(400);
  });
});
