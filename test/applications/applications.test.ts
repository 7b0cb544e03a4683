import { describe, expect, it } from 'vitest';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AgreementApplicationsDocument,
  ApplyForAgreementDocument,
  ApplyToConcludeAgreementsDocument,
  BeneficiaryDocument,
  ForwardApplicationDocument,
  ForwardApplicationLiteralDocument,
  MunicipalityRegisterDocument,
  RegisterMunicipalityDocument,
} from '../gql/graphql.js';
import { registerBeneficiary } from '../support/builders.js';
import { GraphQLClient } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const sar = () => hub().as({ role: 'SAR', purpose: 'applications' });
const today = todayInSofia();

async function applyWith(decision: { decided: string; served: string } | null, submittedOn?: string) {
  const client = await sar();
  const applicantId = await registerBeneficiary(
    client,
    decision
      ? { protectionDecisionDate: decision.decided, protectionDecisionServedOn: decision.served }
      : { protectionKind: null, protectionDecisionNumber: null, protectionDecisionDate: null, protectionDecisionServedOn: null },
  );
  return client.request(ApplyForAgreementDocument, { input: { applicantId, submittedOn } });
}

describe("a foreigner's application to SAR (Art. 16, §3)", () => {
  it('is accepted during the protection procedure', async () => {
    const res = await applyWith(null);
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyForAgreement).toMatchObject({ status: 'SUBMITTED', submittedOn: today });
  });

  it('is accepted up to and including the 14th day after the decision is served', async () => {
    const served = addDays(today, -14);
    const res = await applyWith({ decided: addDays(served, -3), served });
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyForAgreement.status).toBe('SUBMITTED');
  });

  it('is refused on the 15th day with DEADLINE_PASSED quoting Art. 16 and the last day', async () => {
    const served = addDays(today, -15);
    const res = await applyWith({ decided: addDays(served, -3), served });
    expect(GraphQLClient.codes(res)).toEqual(['DEADLINE_PASSED']);
    expect(res.errors?.[0]?.message).toContain('Art. 16');
    expect(res.errors?.[0]?.message).toContain(`last day ${addDays(served, 14)}`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ article: 'Art. 16', deadline: addDays(served, 14) });
  });

  it('§3: protection granted between 1 July 2014 and the Ordinance allows three years from receipt', async () => {
    const decision = { decided: '2016-05-10', served: '2016-05-20' };
    expect((await applyWith(decision, '2019-05-20')).data?.applyForAgreement.status).toBe('SUBMITTED');
    const late = await applyWith(decision, '2019-05-21');
    expect(GraphQLClient.codes(late)).toEqual(['DEADLINE_PASSED']);
    expect(late.errors?.[0]?.message).toMatch(/^§3 of the Ordinance/);
    expect(late.errors?.[0]?.extensions).toMatchObject({ article: '§3', deadline: addYears('2016-05-20', 3) });
  });

  it('§3 does not reach decisions before 1 July 2014: only the 14 days of Art. 16', async () => {
    const res = await applyWith({ decided: '2014-06-30', served: '2014-07-02' }, '2015-01-05');
    expect(GraphQLClient.codes(res)).toEqual(['DEADLINE_PASSED']);
    expect(res.errors?.[0]?.extensions?.article).toBe('Art. 16');
  });

  it('refuses a second open application of the same person with CONFLICT', async () => {
    const client = await sar();
    const applicantId = await registerBeneficiary(client);
    await client.request(ApplyForAgreementDocument, { input: { applicantId } });
    const again = await client.request(ApplyForAgreementDocument, { input: { applicantId } });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);
  });
});

describe("municipalities' applications and SAR's register (Art. 13)", () => {
  it('a mayor applies for its own municipality; SAR registers it; the register lists it', async () => {
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'GAB05' });
    const applied = await mayor.request(ApplyToConcludeAgreementsDocument, {
      input: { foreignersCount: 4, municipalityInformation: 'Small town, two schools.', plannedMeasures: 'Bulgarian classes.' },
    });
    expect(applied.data?.applyToConcludeAgreements).toMatchObject({ status: 'SUBMITTED', foreignersCount: 4, municipality: { code: 'GAB05' } });
    const id = applied.data!.applyToConcludeAgreements.id;

    // Art. 13(4): the register is SAR's; a mayor cannot register itself.
    expect(GraphQLClient.codes(await mayor.request(RegisterMunicipalityDocument, { applicationId: id }))).toEqual(['FORBIDDEN']);
    const registered = await (await sar()).request(RegisterMunicipalityDocument, { applicationId: id });
    expect(registered.data?.registerMunicipality).toMatchObject({ status: 'REGISTERED', registeredOn: today });
    const again = await (await sar()).request(RegisterMunicipalityDocument, { applicationId: id });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);

    const register = await (await sar()).request(MunicipalityRegisterDocument, { filter: { status: 'REGISTERED' as never, provinceCode: 'GAB' }, first: 100 });
    expect(register.data?.municipalityRegister.edges.map((e) => e.node.id)).toContain(id);
  });

  it('a mayor sees only its own municipality in the register', async () => {
    await registeredMunicipality(hub(), 'GAB12');
    const other = await hub().as({ role: 'MUNICIPALITY', unit: 'GAB29' });
    const res = await other.request(MunicipalityRegisterDocument, { first: 100 });
    expect(res.data?.municipalityRegister.edges.every((e) => e.node.municipality.code === 'GAB29')).toBe(true);
  });

  it('refuses a count of foreigners below 1 with BAD_USER_INPUT naming the field', async () => {
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'GAB05' });
    const res = await mayor.request(ApplyToConcludeAgreementsDocument, {
      input: { foreignersCount: 0, municipalityInformation: 'x', plannedMeasures: 'y' },
    });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('foreignersCount');
  });
});

describe('forwarding applicants to municipalities (Art. 20 p.5)', () => {
  it('refuses a municipality that is not in the register', async () => {
    const client = await sar();
    const applicantId = await registerBeneficiary(client);
    const applied = await client.request(ApplyForAgreementDocument, { input: { applicantId } });
    const res = await client.request(ForwardApplicationDocument, { applicationId: applied.data!.applyForAgreement.id, municipalityCode: 'KRZ08' });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('municipalityCode');
    expect(res.errors?.[0]?.message).toMatch(/Art\. 20 p\.5/);
  });

  it('forwards to a registered municipality, which then sees the applicant and the application; others do not', async () => {
    const mayor = await registeredMunicipality(hub(), 'KRZ02');
    const { holderId, applicationId } = await forwardedFamily(hub(), 'KRZ02');
    const seen = await mayor.request(BeneficiaryDocument, { id: holderId });
    expect(seen.data?.beneficiary.id).toBe(holderId);
    const list = await mayor.request(AgreementApplicationsDocument, { first: 100 });
    expect(list.data?.agreementApplications.edges.map((e) => e.node.id)).toContain(applicationId);
    expect(list.data?.agreementApplications.edges.find((e) => e.node.id === applicationId)?.node.status).toBe('FORWARDED');

    const other = await registeredMunicipality(hub(), 'KRZ14');
    expect(GraphQLClient.codes(await other.request(BeneficiaryDocument, { id: holderId }))).toEqual(['NOT_FOUND']);
    const otherList = await other.request(AgreementApplicationsDocument, { first: 100 });
    expect(otherList.data?.agreementApplications.edges.map((e) => e.node.id)).not.toContain(applicationId);
    expect(otherList.data?.agreementApplications.totalCount).toBe(otherList.data?.agreementApplications.edges.length);
  });

  // Issue 17: the schema declares these dates nullable and documents "default today", so an explicit null
  // means the same as leaving it out (src/shared/dates.ts, dayOf). A null root argument is dropped before the
  // resolver (src/shared/input.ts); a null field of an input object reaches the service, which refused it.
  it('null for a nullable date is the same as leaving it out: registeredOn, submittedOn and forwardedOn default to today', async () => {
    const client = await sar();
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'SZR04', purpose: 'integration agreements' });
    const applied = await mayor.request(ApplyToConcludeAgreementsDocument, {
      input: { foreignersCount: 5, municipalityInformation: 'Housing available.', plannedMeasures: 'Language classes.' },
    });
    expect(applied.errors, JSON.stringify(applied.errors)).toBeUndefined();
    const registered = await client.request(RegisterMunicipalityDocument, { applicationId: applied.data!.applyToConcludeAgreements.id, registeredOn: null });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    expect(registered.data?.registerMunicipality).toMatchObject({ status: 'REGISTERED', registeredOn: today });

    const applicantId = await registerBeneficiary(client);
    const application = await client.request(ApplyForAgreementDocument, { input: { applicantId, submittedOn: null } });
    expect(application.errors, JSON.stringify(application.errors)).toBeUndefined();
    expect(application.data?.applyForAgreement.submittedOn).toBe(today);

    // As a variable…
    const forwarded = await client.request(ForwardApplicationDocument, {
      applicationId: application.data!.applyForAgreement.id,
      municipalityCode: 'SZR04',
      forwardedOn: null,
    });
    expect(forwarded.errors, JSON.stringify(forwarded.errors)).toBeUndefined();
    expect(forwarded.data?.forwardApplication).toEqual({
      id: application.data!.applyForAgreement.id,
      status: 'FORWARDED',
      forwardedOn: today,
      forwardedTo: { code: 'SZR04' },
    });

    // …and written in the query itself.
    const secondId = await registerBeneficiary(client);
    const second = await client.request(ApplyForAgreementDocument, { input: { applicantId: secondId } });
    const literal = await client.request(ForwardApplicationLiteralDocument, { id: second.data!.applyForAgreement.id });
    expect(literal.errors, JSON.stringify(literal.errors)).toBeUndefined();
    expect(literal.data).toEqual({ forwardApplication: { forwardedOn: today } });
  });
});
