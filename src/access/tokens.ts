import { decodeJwt, SignJWT } from 'jose';
import type { Config } from '../config/config.js';
import { principalClaims, type PrincipalClaims } from './principal.js';

export interface TokenRequest {
  role: string;
  unit?: string | null;
  sub?: string;
  purpose?: string | null;
  /** Lifetime, e.g. '8h', '15m' (jose time span); at most JWT_MAX_LIFETIME_SECONDS. Default 8 h or that, if shorter. */
  expiresIn?: string;
}

/**
 * Issues an HS256 token with the development secret: for `npm run token`, the ready-made
 * tokens `npm start` prints in development, and the tests. Production tokens come from
 * the institutions' identity provider and are only verified here.
 */
export async function signDevToken(jwt: Config['jwt'], request: TokenRequest): Promise<string> {
  if (!jwt.secret) throw new Error('Signing needs JWT_SECRET (development only).');
  const claims: PrincipalClaims = principalClaims.parse({
    sub: request.sub ?? `dev-${request.role.toLowerCase()}${request.unit ? `-${request.unit.toLowerCase()}` : ''}`,
    role: request.role,
    unit: request.unit ?? null,
    purpose: request.purpose ?? null,
  });
  const { sub, ...rest } = claims;
  const token = await new SignJWT(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? `${Math.min(8 * 3600, jwt.maxLifetimeSeconds)}s`)
    .sign(new TextEncoder().encode(jwt.secret));
  // Read back rather than parse the time span again: jose's own reading is what the token says.
  const { iat, exp } = decodeJwt(token);
  if (exp! - iat! > jwt.maxLifetimeSeconds) {
    throw new Error(`A token may be valid for at most ${jwt.maxLifetimeSeconds} s (JWT_MAX_LIFETIME_SECONDS); '${request.expiresIn}' is longer.`);
  }
  return token;
}
