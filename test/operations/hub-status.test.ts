import fs from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { DataClass, declaredPolicy, mayRead } from '../../src/access/policy.js';
import { ROLES } from '../../src/domain/institutions.js';
import { AccessMatrixDocument, HubStatusDocument, type HubStatusQueryVariables } from '../gql/graphql.js';
import { registerBeneficiary } from '../support/builders.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// The operators' view of the hub itself (ADMIN): readiness and migrations, and the policy as data.
const hub = useTestHub();

describe('hubStatus and accessMatrix (ADMIN)', () => {
  it('hubStatus: the database, the job queue, the checkpoints and every migration of this version applied, none pending', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const res = await admin.request(HubStatusDocument);
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
    const after = (await admin.request(HubStatusDocument)).data!.hubStatus;
    expect(after).toMatchObject({ auditCheckpointOk: true, lastCheckpointSeq: signed!.seq });
  });

  it('accessMatrix: the policy as it is, every role and mutation', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const res = await admin.request(AccessMatrixDocument);
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
    expect(matrix.mutations).toHaveLength(Object.keys(declaredPolicy().mutations).length);
    expect(matrix.mutations.find((m) => m.name === 'rotateWebhookKey')).toEqual({ name: 'rotateWebhookKey', dataClass: 'OPERATIONS', roles: ['ADMIN'] });
  });

  it('refuses every other role (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)', async () => {
    for (const spec of [{ role: 'SAR' }, { role: 'COORDINATOR' }, { role: 'MUNICIPALITY', unit: 'SOF46' }, { role: 'NGO', unit: 'unhcr' }] as const) {
      const other = await hub().as(spec);
      const documents: TypedDocumentNode<unknown, HubStatusQueryVariables>[] = [HubStatusDocument, AccessMatrixDocument];
      for (const document of documents) {
        const res = await other.request(document);
        expect(GraphQLClient.codes(res), `${spec.role}: ${JSON.stringify(res.errors)}`).toEqual(['FORBIDDEN']);
        expect(res.data ?? null).toBeNull();
      }
    }
    expect(GraphQLClient.codes(await hub().anonymous.request(HubStatusDocument))).toEqual(['UNAUTHENTICATED']);
  });
});
