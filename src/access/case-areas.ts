import { CaseArea } from '../domain/children.js';
import type { Principal } from './principal.js';
import type { Role } from '../domain/institutions.js';

/**
 * Unaccompanied children's cases (issue: coordination mechanism): DAZD reads and writes every case;
 * a participant sees the areas of its role in a case it takes part in, and the areas a referral to it
 * shares. The SQL that adds the shared areas is in modules/scopes.ts (caseAreas).
 */
export const ROLE_CASE_AREAS: Readonly<Partial<Record<Role, readonly CaseArea[]>>> = {
  DAZD: Object.values(CaseArea),
  // SAR identifies vulnerable children and makes rapid assessments (AP I.15.1).
  SAR: [CaseArea.IDENTITY, CaseArea.AGE, CaseArea.CARE, CaseArea.LEGAL, CaseArea.BEST_INTERESTS],
  // MVR: identity, age assessment, missing-child alerts.
  MVR: [CaseArea.IDENTITY, CaseArea.AGE, CaseArea.MISSING],
  ASP: [CaseArea.IDENTITY, CaseArea.CARE, CaseArea.PSYCHOLOGICAL, CaseArea.FAMILY_TRACING, CaseArea.MISSING, CaseArea.BEST_INTERESTS],
  // MON: education needs.
  MON: [CaseArea.EDUCATION, CaseArea.LANGUAGE],
  // The health side for RZI (MZ) and RZOK (NZOK).
  RZI: [CaseArea.HEALTH],
  RZOK: [CaseArea.HEALTH],
  NKBTH: [CaseArea.IDENTITY, CaseArea.LEGAL],
  // Reads the cases of the children placed in it (AP II.7).
  MUNICIPALITY: [CaseArea.CARE, CaseArea.MISSING],
};

export const roleCaseAreas = (p: Principal): readonly CaseArea[] => ROLE_CASE_AREAS[p.role] ?? [];

/**
 * Partner organisations (IOM, UNHCR, UNICEF, NGOs; AP I.21, II.7) take part in a case only by a referral
 * they accepted, and see only the areas it shares: no areas of their own, and only on consent (children.service.ts refer).
 */
export const BY_REFERRAL_ONLY: ReadonlySet<Role> = new Set(['NGO']);

/** Whether a role can take part in children's cases at all: by its own areas, or by referral only. */
export const takesPartInCases = (role: Role): boolean => Boolean(ROLE_CASE_AREAS[role]?.length) || BY_REFERRAL_ONLY.has(role);
