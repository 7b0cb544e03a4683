/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of institution taking part in the integration process (domain codes). */
export const InstitutionKind = {
  /** Social Assistance Agency (АСП) */
  Asp: 'ASP',
  /** Employment Agency (АЗ) */
  Az: 'AZ',
  /** Deputy Prime Minister and the Council of Ministers administration */
  Coordinator: 'COORDINATOR',
  /** State Agency for National Security (ДАНС) */
  Dans: 'DANS',
  /** State Agency for Child Protection (ДАЗД) */
  Dazd: 'DAZD',
  /** Regional governor (областен управител), one per province */
  Governor: 'GOVERNOR',
  /** Ministry of Education and Science (МОН) */
  Mon: 'MON',
  /** A municipality, acting through its mayor (община) */
  Municipality: 'MUNICIPALITY',
  /** Ministry of Interior, Migration Directorate (МВР) */
  Mvr: 'MVR',
  /** International or non-governmental partner organisation */
  Ngo: 'NGO',
  /** National Commission for Combating Trafficking in Human Beings (НКБТХ) */
  Nkbth: 'NKBTH',
  /** National Association of Municipalities (НСОРБ) */
  Nsorb: 'NSORB',
  /** Regional Health Inspectorate (РЗИ), one per province */
  Rzi: 'RZI',
  /** Regional Health Insurance Fund (РЗОК), one per province */
  Rzok: 'RZOK',
  /** State Agency for Refugees (ДАБ при МС) */
  Sar: 'SAR'
} as const;

export type InstitutionKind = typeof InstitutionKind[keyof typeof InstitutionKind];
/** Role of the principal: the institution kind it acts for (statutory-views.md), or ADMIN. */
export const Role = {
  Admin: 'ADMIN',
  Asp: 'ASP',
  Az: 'AZ',
  Coordinator: 'COORDINATOR',
  Dans: 'DANS',
  Dazd: 'DAZD',
  Governor: 'GOVERNOR',
  Mon: 'MON',
  Municipality: 'MUNICIPALITY',
  Mvr: 'MVR',
  Ngo: 'NGO',
  Nkbth: 'NKBTH',
  Nsorb: 'NSORB',
  Rzi: 'RZI',
  Rzok: 'RZOK',
  Sar: 'SAR'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: string, nameBg: string, nameEn: string }> };

export type MunicipalitiesQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
}>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, nameBg: string, centreEkatte: string, province: { code: string, nameEn: string } }> };

export type InstitutionsQueryVariables = Exact<{
  kind?: InstitutionKind | null | undefined;
  provinceCode?: string | null | undefined;
}>;


export type InstitutionsQuery = { institutions: Array<{ code: string, kind: InstitutionKind, nameBg: string, nameEn: string | null, province: { code: string } | null, municipality: { code: string, nameBg: string } | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: Role, unit: string | null, subject: string, institutionCode: string, purpose: string | null } };

export type MeAndProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAndProvincesQuery = { me: { role: Role }, provinces: Array<{ code: string }> };


export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"centreEkatte"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameBg"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MeAndProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAndProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MeAndProvincesQuery, MeAndProvincesQueryVariables>;