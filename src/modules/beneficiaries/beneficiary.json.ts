import { scopes } from '../../access/scopes.js';
import { jsonType } from '../../shared/json-read.js';
import { Beneficiary } from './beneficiary.entity.js';

/** A beneficiary reached from another row: in the caller's scope (as the `beneficiary` loader), or null. */
export const beneficiaryRelation = (property: string) => ({ type: 'Beneficiary', property, scope: scopes.beneficiary });

// birthDate on every row: DAZD's PROFILE grant holds for children only (policy.rowLimits).
jsonType('Beneficiary', { entity: Beneficiary, always: ['birthDate'] });
