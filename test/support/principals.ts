import { randomUUID } from 'node:crypto';
import type { Config } from '../../src/config/config.js';
import type { Role } from '../../src/access/principal.js';
import { signDevToken } from '../../src/access/tokens.js';

export interface PrincipalSpec {
  role: Role;
  unit?: string;
  sub?: string;
  purpose?: string;
  expiresIn?: string;
}

/** A real signed token for a principal; the subject is unique per call unless given. */
export const tokenFor = (config: Config, spec: PrincipalSpec): Promise<string> =>
  signDevToken(config.jwt, { ...spec, sub: spec.sub ?? `test-${spec.role.toLowerCase()}-${randomUUID()}` });
