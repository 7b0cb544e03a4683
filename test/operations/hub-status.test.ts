import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataClass, mayRead, mutations } from '../../src/access/policy.js';
import { ROLES } from '../../src/domain/institutions.js';
import { registerBeneficiary } from '../support/builders.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// The operators' view of the hub itself (ADMIN): readiness and migrations, and the policy as data.
const hub = useTestHub();

const STATUS = `{ hubStatus { databaseReachable databaseError deliveryRuntime jobQueueReachable jobQueues { queue state count }
  auditCheckpointOk auditCheckpointError lastCheckpointSeq lastCheckpointAt migrationsApplied { name executedAt } migrationsPending } }`;
const MATRIX = `{ accessMatrix { dataClasses { name personal } roles { role reads writes limits } mutations { name dataClass roles } } }`;

interface Status {
  databaseReachable: boolean;
  databaseError: string | null;
  deliveryRuntime: boolean;
  jobQueueReachable: boolean;
  jobQueues: { queue: string; state: string; count: number }[];
  auditCheckpointOk: boolean | null;
  lastCheckpointSeq: string | null;
  migrationsApplied: { name: string; executedAt: string | null }[];
  migrationsPending: string[];
}
interface Matrix {
  dataClasses: { name: string; personal: boolean }[];
  roles: { role: string; reads: string[]; writes: string[]; limits: string[] }[];
  mutations: { name: string; dataClass: string; roles: string[] }[];
}

describe('hubStatus and accessMatrix (ADMIN)', () => {
  it('hubStatus: the database, the job queue, the checkpoints and every migration of this version applied, none pending', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const res = await admin.request<{ hubStatus: Status }, never>(STATUS);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const status = res.data!.hubStatus;
    expect(status).toMatchObject({ databaseReachable: true, databaseError: null, deliveryRuntime: false, jobQueueReachable: true, migrationsPending: [] });
    expect(status.auditCheckpointOk).toBe(true);
    // Every migration file of this version, applied, in order.
    const files = fs
      .readdirSync('migrations')
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(status.migrationsApplied.map((m) => m.name)).toEqual(files);
    expect(status.migrationsApplied.every((m) => m.executedAt)).toBe(true);
    // The checkpoint follows the log: an entry written (SAR registers a person) and checkpointed, the
    // status names the entry it signed.
    await registerBeneficiary(await hub().as({ role: 'SAR', purpose: 'registration' }));
    const signed = await hub().checkpoints.checkpoint();
    expect(signed).not.toBeNull();
    const after = (await admin.request<{ hubStatus: Status }, never>(STATUS)).data!.hubStatus;
    expect(after).toMatchObject({ auditCheckpointOk: true, lastCheckpointSeq: signed!.seq });
  });

  it('accessMatrix: the policy as it is, every role and mutation', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const res = await admin.request<{ accessMatrix: Matrix }, never>(MATRIX);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const matrix = res.data!.accessMatrix;
    expect(matrix.dataClasses.map((c) => c.name)).toEqual(Object.values(DataClass));
    expect(matrix.dataClasses.find((c) => c.name === 'IDENTITY')?.personal).toBe(true);
    expect(matrix.dataClasses.find((c) => c.name === 'OPERATIONS')?.personal).toBe(false);
    expect(matrix.roles.map((r) => r.role)).toEqual(ROLES);
    for (const r of matrix.roles) expect(r.reads, r.role).toEqual(Object.values(DataClass).filter((c) => mayRead(r.role as never, c)));
    expect(matrix.roles.find((r) => r.role === 'ADMIN')?.reads).toEqual(expect.arrayContaining(['AUDIT', 'NOTIFICATION', 'OPERATIONS']));
    expect(matrix.roles.find((r) => r.role === 'ADMIN')?.reads).not.toContain('NOTIFICATION_CONTENT');
    expect(matrix.roles.find((r) => r.role === 'DAZD')?.limits).toEqual(['PROFILE: children only']);
    expect(matrix.roles.find((r) => r.role === 'AZ')?.limits).toEqual(['PLAN: EMPLOYMENT, TRAINING']);
    expect(matrix.mutations).toHaveLength(Object.keys(mutations).length);
    expect(matrix.mutations.find((m) => m.name === 'rotateWebhookKey')).toEqual({ name: 'rotateWebhookKey', dataClass: 'OPERATIONS', roles: ['ADMIN'] });
  });

  it('refuses every other role (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)', async () => {
    for (const spec of [{ role: 'SAR' }, { role: 'COORDINATOR' }, { role: 'MUNICIPALITY', unit: 'SOF46' }, { role: 'NGO', unit: 'unhcr' }] as const) {
      const other = await hub().as(spec);
      for (const query of [STATUS, MATRIX]) {
        const res = await other.request(query);
        expect(GraphQLClient.codes(res), `${spec.role}: ${JSON.stringify(res.errors)}`).toEqual(['FORBIDDEN']);
        expect(res.data ?? null).toBeNull();
      }
    }
    expect(GraphQLClient.codes(await hub().anonymous.request(STATUS))).toEqual(['UNAUTHENTICATED']);
  });
});
