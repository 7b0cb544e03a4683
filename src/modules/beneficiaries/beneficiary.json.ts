import type { Principal } from '../../access/principal.js';
import { jsonType, type JsonRelation } from '../../read/types.js';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * A beneficiary reached from another row: in the caller's scope (as the `beneficiary` loader), or
 * null; `implied` where the row it is reached from already puts it in scope.
 */
export const beneficiaryRelation = (property: string, implied?: (p: Principal) => boolean): JsonRelation => ({ type: 'Beneficiary', property, implied });

// birthDate on every row: DAZD's PROFILE grant holds for children only (policy.rowLimits).
jsonType('Beneficiary', { entity: Beneficiary, always: ['birthDate'] });
