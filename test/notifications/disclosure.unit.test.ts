import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { disclosedRecords, webhookAccessEntry } from '../../src/modules/notifications/delivery/disclosure.js';

// What a webhook delivery puts in the access log (issue 16.2): every person its content names, by
// class, so that whoAccessed finds each of them; nothing for content about no person.

describe('disclosedRecords', () => {
  it("DANS's content names the holder and every party: each id is recorded under its class", () => {
    const [notification, agreement, holder, spouse, child] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const records = disclosedRecords({
      id: notification,
      content: {
        agreement: { id: agreement, municipalityCode: 'SOF46', status: 'ACTIVE', signedOn: '2026-01-05', endsOn: '2027-01-05' },
        termination: null,
        parties: [
          { beneficiaryId: holder, role: 'HOLDER', joinedOn: '2026-01-05', leftOn: null },
          { beneficiaryId: spouse, role: 'MEMBER', joinedOn: '2026-01-05', leftOn: null },
          { beneficiaryId: child, role: 'MEMBER', joinedOn: '2026-01-05', leftOn: null },
        ],
        holder: { id: holder, lnch: '1234567890', givenNameLatin: 'Amal', familyNameLatin: 'Haddad', birthDate: '1990-02-03', citizenship: 'SY' },
      },
    });
    expect(records).toEqual({
      AGREEMENT: [holder, spouse, child].sort(),
      AGREEMENT_TERM: [agreement],
      IDENTITY: [holder],
      NOTIFICATION_CONTENT: [notification],
    });
  });

  it('content about no person (an escalation, the monthly register) records nothing', () => {
    expect(disclosedRecords({ id: randomUUID(), content: { overdue: { id: randomUUID(), kind: 'AGREEMENT_CONCLUDED' } } })).toEqual({});
    expect(disclosedRecords({ id: randomUUID(), content: { register: { month: '2026-10', concluded: 12 } } })).toEqual({});
  });

  it('a part it does not know is still recorded, under NOTIFICATION_CONTENT', () => {
    const [notification, somebody] = [randomUUID(), randomUUID()];
    expect(disclosedRecords({ id: notification, content: { somethingNew: { personId: somebody } } })).toEqual({
      NOTIFICATION_CONTENT: [notification, somebody].sort(),
    });
  });

  it('the entry names the recipient institution, its unit, the channel and the article', () => {
    const id = randomUUID();
    const entry = webhookAccessEntry(
      { id, kind: 'OFFENCE_REPORTED' as never, article: 'Art. 24(2)', content: {}, recipient: { code: 'MUNICIPALITY-SOF46' } as never },
      { attempt: 2, url: new URL('https://hooks.sofia.bg/hub?token=secret'), accepted: true, records: { OFFENCE: [id] } },
    );
    expect(entry).toMatchObject({
      requestId: `webhook:${id}:2`,
      role: 'MUNICIPALITY',
      institutionCode: 'MUNICIPALITY-SOF46',
      unit: 'SOF46',
      // The origin only: a query string may carry a secret of the receiver.
      subject: 'webhook https://hooks.sofia.bg',
      purpose: 'Art. 24(2)',
      operationType: 'webhook',
      outcome: 'SUCCESS',
    });
  });
});
