import type { Principal } from '../../access/principal.js';
import type { JsonRelation, JsonType, RowOf } from '../../read/types.js';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * A beneficiary reached from another row: in the caller's scope (as the `beneficiary` loader), or
 * null; `implied` where the row it is reached from already puts it in scope.
 */
export const beneficiaryRelation = (property: string, implied?: (p: Principal) => boolean): JsonRelation => ({ type: 'Beneficiary', property, implied });

export const beneficiaryJsonTypes = {
  // birthDate on every row: DAZD's PROFILE grant holds for children only (policy.rowLimits).
  Beneficiary: { entity: Beneficiary, always: ['birthDate'] },
} satisfies Record<string, JsonType>;

/** A beneficiary's row, as its field resolvers get it (read/types.ts, `Row`). */
export type BeneficiaryRow = RowOf<typeof beneficiaryJsonTypes.Beneficiary>;
