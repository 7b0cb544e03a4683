import { randomUUID } from 'node:crypto';
import type { Config } from '../../src/config/config.js';
import type { Role } from '../../src/domain/institutions.js';
import { signDevToken } from '../../src/access/tokens.js';

export interface PrincipalSpec {
  role: Role;
  unit?: string;
  sub?: string;
  /** Default 'integration testing'; null for a token without a purpose. */
  purpose?: string | null;
  expiresIn?: string;
}

/** A real signed token for a principal; the subject is unique per call unless given. */
export const tokenFor = (config: Config, spec: PrincipalSpec): Promise<string> =>
  signDevToken(config.jwt, {
    ...spec,
    sub: spec.sub ?? `test-${spec.role.toLowerCase()}-${randomUUID()}`,
    purpose: spec.purpose === undefined ? 'integration testing' : spec.purpose,
  });

/**
 * One principal of each role, with units in Smolyan province (SML, SML09), which no other test file's
 * fixtures use; in the order tests that want the first role allowed to call a field should try them.
 */
export const ONE_PER_ROLE: readonly PrincipalSpec[] = [
  { role: 'SAR' },
  { role: 'MUNICIPALITY', unit: 'SML09' },
  { role: 'DAZD' },
  { role: 'DANS' },
  { role: 'MVR' },
  { role: 'GOVERNOR', unit: 'SML' },
  { role: 'ADMIN' },
  { role: 'RZI', unit: 'SML' },
  { role: 'NGO', unit: 'unhcr' },
  { role: 'ASP' },
  { role: 'NSORB' },
  { role: 'COORDINATOR' },
];
