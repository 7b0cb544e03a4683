import { createRemoteJWKSet, errors, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config/config.js';
import { AppError, UnauthenticatedError } from '../shared/errors.js';
import { principalClaims, principalFromClaims, type Principal, type PrincipalClaims } from './principal.js';

export type Authenticate = (authorization: string | undefined, purposeHeader?: string) => Promise<Principal | null>;

const VERIFIED_FOR_MS = 60_000;

/**
 * Verifies `Authorization: Bearer <JWT>` and turns its claims into a Principal.
 * No header: an anonymous request (public reference data only). A bad header or token
 * is refused outright with UNAUTHENTICATED, never treated as anonymous.
 */
export async function createAuthenticator(jwt: Config['jwt']): Promise<Authenticate> {
  let key: Parameters<typeof jwtVerify>[1] | JWTVerifyGetKey;
  let algorithms: string[];
  if (jwt.jwksUrl) {
    key = createRemoteJWKSet(new URL(jwt.jwksUrl));
    algorithms = ['RS256', 'PS256', 'ES256', 'EdDSA'];
  } else if (jwt.publicKey) {
    key = await importSPKI(jwt.publicKey, jwt.publicKeyAlg);
    algorithms = [jwt.publicKeyAlg];
  } else if (jwt.secret) {
    key = new TextEncoder().encode(jwt.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('No token verification key configured (JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_SECRET).');
  }

  // A token verified once is taken without verifying it again for up to a minute: the signature check
  // costs more than the rest of a small read, and integrators send the same token all day. Kept until
  // the token expires or the minute ends, whichever comes first, so a key withdrawn from the JWKS
  // stops admitting its tokens within a minute. What is kept is the claims as checked, so a cached
  // token skips both checks.
  const verified = new LRUCache<string, PrincipalClaims>({ max: 10_000, ttl: VERIFIED_FOR_MS });

  return async (authorization, purposeHeader) => {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      throw new UnauthenticatedError('The Authorization header must have the form "Bearer <token>".', {
        messageBg: 'Заглавката Authorization трябва да бъде във вида "Bearer <токен>".',
      });
    }
    const token = match[1]!;
    let claims = verified.get(token);
    if (!claims) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
          issuer: jwt.issuer,
          audience: jwt.audience,
          algorithms,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        throw tokenError(error);
      }
      const checked = principalClaims.safeParse(payload);
      if (!checked.success) {
        const problems = checked.error.issues.map((i) => i.message).join('; ');
        throw new UnauthenticatedError(`The bearer token's claims are not valid: ${problems}.`, {
          messageBg: 'Данните в токена са невалидни.',
        });
      }
      claims = checked.data;
      const left = payload.exp! * 1000 - Date.now();
      if (left > 0) verified.set(token, claims, { ttl: Math.min(VERIFIED_FOR_MS, left) });
    }
    return principalFromClaims(claims, purposeHeader);
  };
}

function tokenError(error: unknown): AppError {
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError('The bearer token has expired; obtain a new one.', {
      messageBg: 'Валидността на токена е изтекла; получете нов.',
    });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(`The bearer token was rejected: claim '${error.claim}' ${error.reason === 'check_failed' ? 'does not match' : error.reason.replace(/_/g, ' ')}.`, {
      messageBg: 'Токенът е отхвърлен: невалидно съдържание.',
    });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new UnauthenticatedError('The bearer token signature is not valid.', {
      messageBg: 'Подписът на токена е невалиден.',
    });
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new UnauthenticatedError('The bearer token is signed with an algorithm this hub does not accept.', {
      messageBg: 'Токенът е подписан с неприет алгоритъм.',
    });
  }
  return new UnauthenticatedError('The bearer token is malformed or cannot be verified.', {
    messageBg: 'Токенът е повреден или не може да бъде проверен.',
  });
}
