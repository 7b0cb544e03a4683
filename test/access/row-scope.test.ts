import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/access/principal.js';
import { institutionCodeOf, type Role } from '../../src/domain/institutions.js';
import { Agreement } from '../../src/modules/agreements/agreement.entity.js';
import { AgreementMember } from '../../src/modules/agreements/agreement-member.entity.js';
import { IntegrationPlan } from '../../src/modules/agreements/integration-plan.entity.js';
import { Measure } from '../../src/modules/agreements/measure.entity.js';
import { Municipality } from '../../src/modules/reference/municipality.entity.js';
import { acrossScopes, actingFor, asTheHub, rowScopeOf } from '../../src/read/row-scope.js';
import { AddMeasureDocument, MeasureArea } from '../gql/graphql.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Row scopes are enforced below the services (read/row-scope.ts, docs/policy.md "Row scopes, below
// the services"): on the entity manager itself, whatever a service asks it. What a query through the
// API returns is checked against an independent oracle in scope-property.test.ts; here, the mechanism.
const hub = useTestHub();

const as = (role: Role, unit: string | null = null): Principal => ({
  role,
  unit,
  subject: 'row-scope-test',
  institutionCode: institutionCodeOf(role, unit),
  purpose: 'test',
});
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('row scopes below the services', () => {
  it('an entity manager acting for no one reads no scoped row: the query fails, reference data reads', async () => {
    const em = hub().orm.em.fork();
    await expect(em.find(Agreement, {})).rejects.toThrow(/No arguments provided for filter 'rowScope'/);
    await expect(em.count(Measure, {})).rejects.toThrow(/No arguments provided for filter 'rowScope'/);
    expect(await em.find(Municipality, { code: 'LOV33' })).toHaveLength(1);
  });

  it("a municipality's manager: its agreements only, in lists, counts, lookups by id and updates; anonymous none; the hub's and an explicit read across scopes all", async () => {
    const own = (await concludedAgreement(hub(), 'LOV33')).agreement.id;
    const other = (await concludedAgreement(hub(), 'VID37')).agreement.id;
    const both = { id: { $in: [own, other] } };
    const mayor = () => actingFor(hub().orm.em.fork(), as('MUNICIPALITY', 'LOV33'));

    expect(ids(await mayor().find(Agreement, both))).toEqual([own]);
    expect(await mayor().count(Agreement, both)).toBe(1);
    expect(await mayor().findOne(Agreement, other)).toBeNull();
    expect(await mayor().findOne(Agreement, { id: other })).toBeNull();
    // A write by condition is scoped too: the other municipality's agreement is not touched.
    expect(await mayor().nativeUpdate(Agreement, { id: other }, { terminationNote: 'not mine' })).toBe(0);
    expect((await asTheHub(hub().orm.em.fork(), 'test').findOneOrFail(Agreement, other)).terminationNote).toBeNull();

    expect(await actingFor(hub().orm.em.fork(), null).find(Agreement, both)).toEqual([]);
    expect(ids(await asTheHub(hub().orm.em.fork(), 'test').find(Agreement, both))).toEqual([own, other].sort());
    expect(ids(await mayor().find(Agreement, both, { filters: acrossScopes }))).toEqual([own, other].sort());

    // A row read across scopes stays in the manager's identity map; a scoped lookup by key still asks
    // the database (MikroORM alone would return the held entity), and finds nothing.
    const em = mayor();
    await em.find(Agreement, both, { filters: acrossScopes });
    expect(await em.findOne(Agreement, other)).toBeNull();
    expect((await em.findOne(Agreement, own))?.id).toBe(own);
  });

  it("a scope is its query's root's: an NGO reads the measure assigned to it through a condition on the plan, though it reads no plan", async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'LOV34');
    const planId = agreement.plans!.find((p) => p.kind === 'ADULT')!.id;
    const added = await mayor.request(AddMeasureDocument, {
      input: {
        planId,
        area: MeasureArea.Education,
        description: 'Bulgarian classes',
        responsibleInstitutionCode: 'MUNICIPALITY-LOV34',
        partnerOrganisation: 'unhcr',
      },
    });
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    const ngo = actingFor(hub().orm.em.fork(), as('NGO', 'unhcr'));
    // The NGO's measure scope itself holds `plan: { kind: ADULT }`: were the plan's own scope (none)
    // applied to that join, the NGO would read nothing.
    expect(ids(await ngo.find(Measure, { plan: planId }))).toEqual([added.data!.addMeasure.id]);
    expect(await ngo.find(IntegrationPlan, { id: planId })).toEqual([]);
    expect(await actingFor(hub().orm.em.fork(), as('NGO', 'caritas')).find(Measure, { plan: planId })).toEqual([]);
  });

  it('the JSON read path reads the declaration the ORM applies; an entity without one has none', () => {
    const em = actingFor(hub().orm.em.fork(), as('MUNICIPALITY', 'LOV33'));
    expect(rowScopeOf(em, Agreement, as('MUNICIPALITY', 'LOV33'))).toEqual({ municipality: 'LOV33' });
    expect(rowScopeOf(em, Agreement, as('RZI', 'LOV'))).toEqual({ municipality: { province: 'LOV' } });
    expect(rowScopeOf(em, Agreement, as('ASP'))).toEqual({ id: { $in: [] } });
    expect(rowScopeOf(em, AgreementMember, as('MUNICIPALITY', 'LOV33'))).toBeUndefined();
  });
});
