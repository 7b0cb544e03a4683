import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { Institution } from './institution.entity.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';
import { referenceJsonTypes } from './reference.json.js';
import { InstitutionResolver, MunicipalityResolver, ProvinceResolver } from './reference.resolver.js';

/** Provinces, municipalities and institutions: public reference data. */
export const referenceModule: HubModule = {
  entities: [Province, Municipality, Institution],
  resolvers: [ProvinceResolver, MunicipalityResolver, InstitutionResolver],
  jsonTypes: referenceJsonTypes,
  policy: {
    query: { provinces: DataClass.PUBLIC, municipalities: DataClass.PUBLIC, institutions: DataClass.PUBLIC },
    types: { Province: { '*': DataClass.PUBLIC }, Municipality: { '*': DataClass.PUBLIC }, Institution: { '*': DataClass.PUBLIC } },
  },
};
