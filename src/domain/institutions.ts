import { registerEnumType } from 'type-graphql';

/** Institution kinds, each with the articles that name it (docs/policy.md, "Roles"); the same codes name the roles of docs/policy.md. */
export enum InstitutionKind {
  SAR = 'SAR',
  MUNICIPALITY = 'MUNICIPALITY',
  DANS = 'DANS',
  DAZD = 'DAZD',
  RZI = 'RZI',
  RZOK = 'RZOK',
  MVR = 'MVR',
  ASP = 'ASP',
  AZ = 'AZ',
  MON = 'MON',
  GOVERNOR = 'GOVERNOR',
  NSORB = 'NSORB',
  NKBTH = 'NKBTH',
  COORDINATOR = 'COORDINATOR',
  NGO = 'NGO',
}

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'Kind of institution taking part in the integration process (domain codes).',
  valuesConfig: {
    SAR: { description: 'State Agency for Refugees (ДАБ при МС)' },
    MUNICIPALITY: { description: 'A municipality, acting through its mayor (община)' },
    DANS: { description: 'State Agency for National Security (ДАНС)' },
    DAZD: { description: 'State Agency for Child Protection (ДАЗД)' },
    RZI: { description: 'Regional Health Inspectorate (РЗИ), one per province' },
    RZOK: { description: 'Regional Health Insurance Fund (РЗОК), one per province' },
    MVR: { description: 'Ministry of Interior, Migration Directorate (МВР)' },
    ASP: { description: 'Social Assistance Agency (АСП)' },
    AZ: { description: 'Employment Agency (АЗ)' },
    MON: { description: 'Ministry of Education and Science (МОН)' },
    GOVERNOR: { description: 'Regional governor (областен управител), one per province' },
    NSORB: { description: 'National Association of Municipalities (НСОРБ)' },
    NKBTH: { description: 'National Commission for Combating Trafficking in Human Beings (НКБТХ)' },
    COORDINATOR: { description: 'Deputy Prime Minister and the Council of Ministers administration' },
    NGO: { description: 'International or non-governmental partner organisation' },
  },
});

/** Kinds with one institution per province; their unit is a province code. */
const PROVINCIAL_KINDS = [InstitutionKind.RZI, InstitutionKind.RZOK, InstitutionKind.GOVERNOR] as const;

/** Roles of docs/policy.md: every institution kind, and the hub's own administrators. */
export const Role = { ...InstitutionKind, ADMIN: 'ADMIN' } as const;
export type Role = `${InstitutionKind}` | 'ADMIN';
export const ROLES = Object.values(Role) as Role[];

/** What a role's unit names: a municipality, a province, an organisation, or none (a national body). */
export type UnitKind = 'municipality' | 'province' | 'organisation' | 'none';

export function unitKindOf(role: Role): UnitKind {
  if (role === Role.MUNICIPALITY) return 'municipality';
  if ((PROVINCIAL_KINDS as readonly string[]).includes(role)) return 'province';
  if (role === Role.NGO) return 'organisation';
  return 'none';
}

/** The institution code a principal acts for; the same codes as the institutions reference data. */
export function institutionCodeOf(role: Role, unit: string | null): string {
  if (unitKindOf(role) === 'none') return role;
  return `${role}-${unit}`;
}

/** The role of an institution code (`RZI-BLG` → RZI), the inverse of institutionCodeOf. */
export const roleOfInstitution = (code: string): Role => code.split('-')[0] as Role;
