import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import { Institution } from './reference/institution.entity.js';
import { Municipality } from './reference/municipality.entity.js';
import { Province } from './reference/province.entity.js';
import { referenceLoaders } from './reference/reference.loaders.js';
import { InstitutionResolver, MunicipalityResolver, ProvinceResolver } from './reference/reference.resolver.js';
import { SessionResolver } from './session/session.resolver.js';

// Each feature module registers here: its entities, resolvers and per-request loaders.
export const entities = [Province, Municipality, Institution];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [ProvinceResolver, MunicipalityResolver, InstitutionResolver, SessionResolver];

export const createLoaders = (em: EntityManager) => ({
  ...referenceLoaders(em),
});
export type Loaders = ReturnType<typeof createLoaders>;
