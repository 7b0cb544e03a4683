/** The floor's SQL (bench/floor-server.ts), shared with bench/scope-enforcement.ts. */

// One agreement as the hub's W1/W2 selection: municipality, holder, members, plans with measures.
// Nested lists in the hub's order, id last (agreement.json.ts, agreement.loaders.ts): members by role,
// joined on, id; plans by kind, created at, id; measures by created at, id. The status as the hub
// gives it: COMPLETED is an ACTIVE or EXTENDED agreement past its end date in Europe/Sofia
// (agreement.service.ts agreementStatus). W4 (RZI) has no plan kind: RZI reads none (an adult's
// plan is PLAN data, a child's CHILD), and is not asked it.
export const agreementJson = (a: string, opts: { members: boolean; planKind: boolean; measuresWhere: string }) => `json_build_object(
  'id', ${a}.id,
  'status', case when ${a}.status in ('ACTIVE', 'EXTENDED') and ${a}.ends_on < (now() at time zone 'Europe/Sofia')::date then 'COMPLETED' else ${a}.status end,
  'signedOn', ${a}.signed_on, 'endsOn', ${a}.ends_on,
  'municipality', (select json_build_object('code', mu.code, 'nameBg', mu.name_bg) from municipality mu where mu.code = ${a}.municipality_code),
  'holder', (select json_build_object('id', h.id, 'lnch', h.lnch, 'givenNameLatin', h.given_name_latin, 'familyNameLatin', h.family_name_latin) from beneficiary h where h.id = ${a}.holder_id),
  ${opts.members ? `'members', (select coalesce(json_agg(json_build_object('role', m.role, 'beneficiary', json_build_object('id', b.id, 'givenNameLatin', b.given_name_latin, 'familyNameLatin', b.family_name_latin)) order by m.role, m.joined_on, m.id), '[]') from agreement_member m join beneficiary b on b.id = m.beneficiary_id where m.agreement_id = ${a}.id),` : ''}
  'plans', (select coalesce(json_agg(json_build_object(${opts.planKind ? `'kind', p.kind, ` : ''}'measures', (select coalesce(json_agg(json_build_object('area', x.area, 'status', x.status, 'description', x.description) order by x.created_at, x.id), '[]') from measure x where x.plan_id = p.id ${opts.measuresWhere})) order by p.kind, p.created_at, p.id), '[]') from integration_plan p where p.agreement_id = ${a}.id)
)`;
