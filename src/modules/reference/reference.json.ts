import type { JsonType, RowOf } from '../../read/types.js';
import { Institution } from './institution.entity.js';
import { Municipality } from './municipality.entity.js';

// Reference data is PUBLIC: read in the same statement without a scope. (A municipality is not read
// there at all: domain/reference-data.ts municipalityOf.)
export const referenceJsonTypes = {
  Institution: { entity: Institution },
  // Read only by the passthrough (read/json-text.ts), in place of municipalityOf.
  Municipality: { entity: Municipality },
} satisfies Record<string, JsonType>;

/** Their rows, as their field resolvers get them (read/types.ts, `Row`; a municipality's is also domain/reference-data.ts's). */
export type InstitutionRow = RowOf<typeof referenceJsonTypes.Institution>;
export type MunicipalityRow = RowOf<typeof referenceJsonTypes.Municipality>;
