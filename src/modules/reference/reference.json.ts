import { jsonType } from '../../shared/json-read.js';
import { Institution } from './institution.entity.js';
import { Municipality } from './municipality.entity.js';

// Reference data is PUBLIC: read in the same statement without a scope.
jsonType('Municipality', { entity: Municipality });
jsonType('Institution', { entity: Institution });
