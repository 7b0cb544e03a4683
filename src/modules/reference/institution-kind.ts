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
export const PROVINCIAL_KINDS = [InstitutionKind.RZI, InstitutionKind.RZOK, InstitutionKind.GOVERNOR] as const;

/** Kinds with one national institution and no unit. */
export const NATIONAL_KINDS = [
  InstitutionKind.SAR,
  InstitutionKind.DANS,
  InstitutionKind.DAZD,
  InstitutionKind.MVR,
  InstitutionKind.ASP,
  InstitutionKind.AZ,
  InstitutionKind.MON,
  InstitutionKind.NSORB,
  InstitutionKind.NKBTH,
  InstitutionKind.COORDINATOR,
] as const;
