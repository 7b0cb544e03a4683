import type { Role } from '../../src/domain/institutions.js';

// The row scopes of the access policy (docs/access-matrix.md, "Row scopes") restated in plain SQL,
// independently of src/modules/scopes.ts: the oracle of the scope and write-widening property tests.
// Each entry gives the ids of one list's rows that a principal may read.
const NONE = 'select null::uuid where false';
const CHILDREN = "select id from beneficiary where birth_date > (now() at time zone 'Europe/Sofia')::date - interval '18 years'";
const inProvince = (unit: string | null) =>
  `(select a.id from agreement a join municipality m on m.code = a.municipality_code where m.province_code = '${unit}')`;
const objectedInProvince = (unit: string | null) => `(select o.agreement_id from objection o where o.agreement_id in ${inProvince(unit)})`;
const coPlanned = (institution: string) => `(select plan_id from measure where responsible_institution_code = '${institution}')`;

export const ORACLE: Record<string, (role: Role, unit: string | null) => string> = {
  agreements: (role, unit) => {
    if (['SAR', 'DANS', 'MVR', 'COORDINATOR'].includes(role)) return 'select id from agreement';
    if (role === 'MUNICIPALITY') return `select id from agreement where municipality_code = '${unit}'`;
    if (role === 'RZI' || role === 'RZOK') return `select id from agreement where id in ${inProvince(unit)}`;
    if (role === 'DAZD') return "select agreement_id from agreement_member where role = 'CHILD'";
    if (role === 'GOVERNOR') return `select id from agreement where id in ${objectedInProvince(unit)}`;
    return NONE;
  },
  beneficiaries: (role, unit) => {
    if (role === 'SAR') return 'select id from beneficiary';
    if (role === 'MUNICIPALITY') {
      return `select applicant_id from agreement_application where forwarded_to_code = '${unit}'
           union select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where a.municipality_code = '${unit}'`;
    }
    if (role === 'MVR' || role === 'DANS') return 'select beneficiary_id from agreement_member';
    if (role === 'RZI' || role === 'RZOK') return `select beneficiary_id from agreement_member where agreement_id in ${inProvince(unit)}`;
    if (role === 'MON') return CHILDREN;
    if (role === 'DAZD') {
      return `${CHILDREN} union select l.beneficiary_id from family_link l
        where l.relation = 'CHILD' and l.relative_id in (select beneficiary_id from integration_plan where kind = 'CHILD')`;
    }
    if (role === 'ASP' || role === 'AZ') return `select p.beneficiary_id from integration_plan p where p.id in ${coPlanned(role)}`;
    if (role === 'GOVERNOR') {
      return `select filed_by_id from objection where agreement_id in ${inProvince(unit)}
        union select beneficiary_id from agreement_member where agreement_id in ${objectedInProvince(unit)}`;
    }
    return NONE;
  },
  integrationPlans: (role, unit) => {
    if (role === 'MUNICIPALITY') return `select p.id from integration_plan p join agreement a on a.id = p.agreement_id where a.municipality_code = '${unit}'`;
    if (role === 'RZI') return `select id from integration_plan where agreement_id in ${inProvince(unit)}`;
    if (role === 'DAZD') return "select id from integration_plan where kind = 'CHILD'";
    if (role === 'ASP') return `select id from integration_plan where kind = 'ADULT' or id in ${coPlanned('ASP')}`;
    if (role === 'AZ') return "select id from integration_plan where kind = 'ADULT'";
    if (role === 'MON') return 'select id from integration_plan';
    if (role === 'GOVERNOR') return `select id from integration_plan where kind = 'ADULT' and agreement_id in ${objectedInProvince(unit)}`;
    return NONE;
  },
  measures: (role, unit) => {
    const adult = (areas: string) => `select m.id from measure m join integration_plan p on p.id = m.plan_id where p.kind = 'ADULT' and m.area in (${areas})`;
    const notHealth = "'EDUCATION', 'EMPLOYMENT', 'TRAINING', 'HOUSING', 'SOCIAL_ASSISTANCE', 'LANGUAGE', 'OTHER'";
    if (role === 'MUNICIPALITY') {
      return `select m.id from measure m join integration_plan p on p.id = m.plan_id join agreement a on a.id = p.agreement_id where a.municipality_code = '${unit}'`;
    }
    if (role === 'RZI')
      return `select m.id from measure m join integration_plan p on p.id = m.plan_id where m.area = 'HEALTHCARE' and p.agreement_id in ${inProvince(unit)}`;
    if (role === 'DAZD') return "select m.id from measure m join integration_plan p on p.id = m.plan_id where p.kind = 'CHILD'";
    if (role === 'ASP') {
      return `${adult("'SOCIAL_ASSISTANCE'")} union select m.id from measure m join integration_plan p on p.id = m.plan_id
        where p.kind = 'CHILD' and m.area <> 'HEALTHCARE' and p.id in ${coPlanned('ASP')}`;
    }
    if (role === 'AZ') return adult("'EMPLOYMENT', 'TRAINING'");
    if (role === 'MON') return adult("'EDUCATION'");
    if (role === 'GOVERNOR') return `${adult(notHealth)} and p.agreement_id in ${objectedInProvince(unit)}`;
    if (role === 'NGO') return `${adult(notHealth)} and m.partner_organisation = '${unit}'`;
    return NONE;
  },
  childCases: (role, unit) => {
    if (role === 'DAZD') return 'select id from child_case';
    // NGOs (partner organisations) by a referral they accepted only (issue 21.6).
    if (!['SAR', 'MVR', 'ASP', 'MON', 'RZI', 'RZOK', 'NKBTH', 'MUNICIPALITY', 'NGO'].includes(role)) return NONE;
    const code = role === 'MUNICIPALITY' || role === 'RZI' || role === 'RZOK' || role === 'NGO' ? `${role}-${unit}` : role;
    const placed = role === 'MUNICIPALITY' ? ` union select child_case_id from child_placement where municipality_code = '${unit}' and to_date is null` : '';
    // Participants include MVR once a child of the case is reported missing (issue 21.1, AP I.21);
    // a participation that ended (removed, or its referral done or revoked) opens nothing (issue 21.3).
    // An ASP regional directorate (a unit, issue 21.3): of ASP's cases, the children placed in its province now.
    const inProvince =
      role === 'ASP' && unit
        ? ` and child_case_id in (select pl.child_case_id from child_placement pl join municipality mu on mu.code = pl.municipality_code
            where pl.to_date is null and mu.province_code = '${unit}')`
        : '';
    return `select child_case_id from child_case_participant where institution_code = '${code}' and left_on is null${inProvince}${placed}`;
  },
  securityAssessments: (role) => (role === 'DANS' ? 'select id from security_assessment' : NONE),
  agreementApplications: (role, unit) =>
    role === 'SAR'
      ? 'select id from agreement_application'
      : role === 'MUNICIPALITY'
        ? `select id from agreement_application where forwarded_to_code = '${unit}'`
        : NONE,
  municipalityRegister: (role, unit) =>
    role === 'SAR'
      ? 'select id from municipality_application'
      : role === 'MUNICIPALITY'
        ? `select id from municipality_application where municipality_code = '${unit}'`
        : NONE,
  offenceReports: (role, unit) =>
    role === 'MVR' ? 'select id from offence_report' : role === 'MUNICIPALITY' ? `select id from offence_report where municipality_code = '${unit}'` : NONE,
  objections: (role, unit) =>
    role === 'GOVERNOR'
      ? `select id from objection where agreement_id in ${inProvince(unit)}`
      : role === 'MUNICIPALITY'
        ? `select o.id from objection o join agreement a on a.id = o.agreement_id where a.municipality_code = '${unit}'`
        : NONE,
};
