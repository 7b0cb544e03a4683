import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Agreement } from '../modules/agreements/agreement.entity.js';
import type { AgreementApplication } from '../modules/applications/agreement-application.entity.js';
import type { MunicipalityApplication } from '../modules/applications/municipality-application.entity.js';
import type { Beneficiary } from '../modules/beneficiaries/beneficiary.entity.js';
import type { Objection } from '../modules/oversight/objection.entity.js';
import type { OffenceReport } from '../modules/oversight/offence-report.entity.js';
import type { Principal } from './principal.js';

/**
 * Row scopes of statutory-views.md as SQL conditions, added to every list, count, lookup and
 * mutation target. A principal without a scope here sees no rows (deny by default).
 */
const NONE = { id: { $in: [] as string[] } };

export const scopes = {
  /** MUNICIPALITY: applicants SAR forwarded to it, and parties to its agreements. SAR: all. */
  beneficiary(p: Principal): FilterQuery<Beneficiary> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') {
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select applicant_id from agreement_application where forwarded_to_code = ?` +
            ' union select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where a.municipality_code = ?)',
          [p.unit, p.unit],
        )]: [],
      };
    }
    // statutory-views.md: MVR and DANS read the identity of beneficiaries with an agreement.
    if (p.role === 'MVR' || p.role === 'DANS') return { [raw((alias) => `${alias}.id in (select beneficiary_id from agreement_member)`)]: [] };
    // RZI and RZOK: parties to agreements of municipalities in their province.
    if (p.role === 'RZI' || p.role === 'RZOK') {
      return {
        [raw(
          (alias) =>
            `${alias}.id in (select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id` +
            ' join municipality mu on mu.code = a.municipality_code where mu.province_code = ?)',
          [p.unit],
        )]: [],
      };
    }
    return NONE;
  },

  /** MUNICIPALITY: applications SAR forwarded to it. SAR: all. */
  agreementApplication(p: Principal): FilterQuery<AgreementApplication> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') return { forwardedTo: p.unit! };
    return NONE;
  },

  /** MUNICIPALITY: its own applications. SAR: the whole register. */
  municipalityApplication(p: Principal): FilterQuery<MunicipalityApplication> {
    if (p.role === 'SAR') return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    return NONE;
  },

  /** MUNICIPALITY: its agreements. SAR: all (the register of Art. 13(4)). */
  agreement(p: Principal): FilterQuery<Agreement> {
    if (['SAR', 'DANS', 'MVR', 'COORDINATOR'].includes(p.role)) return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    if (p.role === 'RZI' || p.role === 'RZOK') return { municipality: { province: p.unit! } };
    return NONE;
  },

  /** GOVERNOR: agreements of its province, to record objections about them (Art. 18). */
  governedAgreement(p: Principal): FilterQuery<Agreement> {
    if (p.role === 'GOVERNOR') return { municipality: { province: p.unit! } };
    return NONE;
  },

  /** MUNICIPALITY: reports addressed to its mayor. MVR: its own reports (statutory-views.md: OFFENCE). */
  offenceReport(p: Principal): FilterQuery<OffenceReport> {
    if (p.role === 'MVR') return {};
    if (p.role === 'MUNICIPALITY') return { municipality: p.unit! };
    return NONE;
  },

  /** GOVERNOR: objections in its province. MUNICIPALITY: objections about its agreements. */
  objection(p: Principal): FilterQuery<Objection> {
    if (p.role === 'GOVERNOR') return { agreement: { municipality: { province: p.unit! } } };
    if (p.role === 'MUNICIPALITY') return { agreement: { municipality: p.unit! } };
    return NONE;
  },
};

/** A condition and a scope together. */
export const within = <T>(where: FilterQuery<T>, scope: FilterQuery<T>): FilterQuery<T> =>
  ({ $and: [where, scope] }) as FilterQuery<T>;

/** The scopes above in words, for docs/access-matrix.md (kept beside the code they describe). */
export const SCOPE_NOTES: Record<string, Record<string, string>> = {
  Beneficiary: {
    SAR: 'all',
    MUNICIPALITY: 'applicants SAR forwarded to it, and parties to its agreements',
    MVR: 'beneficiaries with an agreement',
    DANS: 'beneficiaries with an agreement',
    'RZI, RZOK': 'parties to agreements in its province',
  },
  AgreementApplication: { SAR: 'all', MUNICIPALITY: 'forwarded to it' },
  MunicipalityApplication: { SAR: 'all (the register)', MUNICIPALITY: 'its own' },
  'Agreement (and its members, plans, measures, duties)': {
    'SAR, DANS, MVR, COORDINATOR': 'all',
    MUNICIPALITY: 'its own',
    'RZI, RZOK': 'municipalities of its province',
  },
  'Agreement, for objections': { GOVERNOR: 'agreements of municipalities in its province' },
  OffenceReport: { MVR: 'all (its own reports)', MUNICIPALITY: 'addressed to its mayor' },
  Objection: { GOVERNOR: 'in its province', MUNICIPALITY: 'about its agreements' },
  AuditEntry: { ADMIN: 'all' },
};
