import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../src/dev/demo-data.js';
import { Beneficiary } from '../../src/modules/beneficiaries/beneficiary.entity.js';
import { createLogger } from '../../src/server/logger.js';
import { AgreementsDocument, AgreementStatus } from '../gql/graphql.js';
import { useTestHub } from '../support/hub.js';

// It counts every person in the database: the file's own, which no other file adds people to.
const hub = useTestHub();

describe('the demo data set (development start)', () => {
  it('builds through the services agreements in every status, and a second load adds nothing', async () => {
    const log = createLogger({ logLevel: 'silent' });
    await loadDemoData(hub().orm, log);
    const people = await hub().hubEm().count(Beneficiary, {});
    const sar = await hub().as({ role: 'SAR', purpose: 'demo check' });
    for (const status of Object.values(AgreementStatus)) {
      const res = await sar.request(AgreementsDocument, { filter: { status, municipalityCode: status === 'TRANSFERRED' ? 'SOF46' : undefined }, first: 1 });
      expect(res.data?.agreements.totalCount, status).toBeGreaterThan(0);
    }
    await loadDemoData(hub().orm, log);
    expect(await hub().hubEm().count(Beneficiary, {})).toBe(people);
  }, 120_000);
});
