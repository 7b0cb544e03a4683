import {
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwksCache,
  jwtVerify,
  type JSONWebKeySet,
  type JWKSCacheInput,
  type JWTPayload,
  type JWTVerifyGetKey,
  type RemoteJWKSet,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config/config.js';
import { AppError, UnauthenticatedError } from '../shared/errors.js';
import { principalClaims, principalFromClaims, type Principal, type PrincipalClaims } from './principal.js';

export interface Authenticate {
  (authorization: string | undefined, purposeHeader?: string): Promise<Principal | null>;
  /**
   * With a JWKS, how often a credential held open (a WebSocket) should be authenticated again: by
   * then the key set may have been fetched anew without its key. None with a fixed key.
   */
  readonly recheckMs?: number;
}

const VERIFIED_FOR_MS = 60_000;
/**
 * How far ahead of the hub's clock a token's `iat` may be: the identity provider's clock and ours
 * differ by a little, never by minutes. A token "issued" later than that was not made by a working
 * identity provider (issue 16: one issued five years ahead was accepted).
 */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Verifies `Authorization: Bearer <JWT>` and turns its claims into a Principal.
 * No header: an anonymous request (public reference data only). A bad header or token
 * is refused outright with UNAUTHENTICATED, never treated as anonymous.
 */
export async function createAuthenticator(jwt: Config['jwt']): Promise<Authenticate> {
  let key: Parameters<typeof jwtVerify>[1] | JWTVerifyGetKey;
  let algorithms: string[];
  let remote: RemoteJWKSet | undefined;
  // jose writes each key set it fetches here, with the time (jwksCache): a new `uat` is a new set.
  const fetched: { uat?: number; jwks?: JSONWebKeySet } = {};
  if (jwt.jwksUrl) {
    key = remote = createRemoteJWKSet(new URL(jwt.jwksUrl), {
      cacheMaxAge: jwt.jwksMaxAgeSeconds * 1000,
      [jwksCache]: fetched as JWKSCacheInput,
    });
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
  // the token expires or the minute ends, whichever comes first. What is kept is the claims as checked,
  // so a cached token skips both checks. With a JWKS the cache follows the key set (issue 16): it is
  // not used once the set is older than JWT_JWKS_MAX_AGE_SECONDS (the token is verified again, which
  // fetches the set), and it is emptied when a fetched set lacks a key the one before had, so a
  // withdrawn key admits nothing once the set has been fetched.
  const verified = new LRUCache<string, PrincipalClaims>({ max: 10_000, ttl: VERIFIED_FOR_MS });
  let knownAt: number | undefined;
  let knownKeys = new Set<string>();
  const followKeySet = () => {
    if (fetched.uat === knownAt) return;
    knownAt = fetched.uat;
    // A key is the same if its JWK is: an identity provider serves its keys the same way each time.
    const keys = new Set((fetched.jwks?.keys ?? []).map((k) => JSON.stringify(k)));
    if ([...knownKeys].some((k) => !keys.has(k))) verified.clear();
    knownKeys = keys;
  };

  const authenticate = async (authorization: string | undefined, purposeHeader?: string) => {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      throw new UnauthenticatedError('The Authorization header must have the form "Bearer <token>".', {
        messageBg: 'Заглавката Authorization трябва да бъде във вида "Bearer <токен>".',
      });
    }
    const token = match[1]!;
    followKeySet();
    let claims = remote && !remote.fresh ? undefined : verified.get(token);
    if (!claims) {
      const setBefore = fetched.uat;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
          issuer: jwt.issuer,
          audience: jwt.audience,
          algorithms,
          requiredClaims: ['exp', 'sub', 'iat'],
        }));
      } catch (error) {
        throw tokenError(error);
      }
      const lifetime = lifetimeProblem(payload as JWTPayload & { exp: number; iat: number }, jwt.maxLifetimeSeconds);
      if (lifetime) throw lifetime;
      const checked = principalClaims.safeParse(payload);
      if (!checked.success) {
        const problems = checked.error.issues.map((i) => i.message).join('; ');
        throw new UnauthenticatedError(`The bearer token's claims are not valid: ${problems}.`, {
          messageBg: 'Данните в токена са невалидни.',
        });
      }
      claims = checked.data;
      followKeySet();
      const left = payload.exp! * 1000 - Date.now();
      // A set fetched while this token was verified may lack the key it was verified with: this request
      // goes on (it was verified when it came), but the token is not kept on the old set's word.
      if (left > 0 && fetched.uat === setBefore) verified.set(token, claims, { ttl: Math.min(VERIFIED_FOR_MS, left) });
    }
    return principalFromClaims(claims, purposeHeader);
  };
  return Object.assign(authenticate, remote ? { recheckMs: jwt.jwksMaxAgeSeconds * 1000 } : {});
}

/**
 * Issue 16: a token is valid for at most `maxSeconds` (JWT_MAX_LIFETIME_SECONDS, exp − iat) and was
 * issued no later than CLOCK_SKEW_SECONDS from now. Together these bound exp − now by the lifetime
 * and the skew, so a token of an identity provider whose clock runs a little fast still passes.
 */
function lifetimeProblem({ iat, exp }: { iat: number; exp: number }, maxSeconds: number): AppError | undefined {
  const now = Math.floor(Date.now() / 1000);
  if (iat > now + CLOCK_SKEW_SECONDS) {
    return new UnauthenticatedError(
      `The bearer token was issued in the future: its 'iat' is ${span(iat - now)} ahead of the hub's clock (at most ${CLOCK_SKEW_SECONDS} s is allowed).`,
      { messageBg: `Токенът е издаден в бъдещето: 'iat' е с ${span(iat - now)} напред спрямо часовника на системата.` },
    );
  }
  if (exp - iat > maxSeconds) {
    return new UnauthenticatedError(
      `The bearer token is valid for ${span(exp - iat)} ('exp' − 'iat'), longer than the ${span(maxSeconds)} this hub accepts; obtain a shorter-lived token.`,
      { messageBg: `Токенът е валиден ${span(exp - iat)}, а системата приема най-много ${span(maxSeconds)}; получете токен с по-кратка валидност.` },
    );
  }
  return undefined;
}

/** A span of seconds for a person: 90 s, 45 min, 12 h, 36500 d. */
const span = (seconds: number): string =>
  seconds < 120
    ? `${seconds} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} min`
      : seconds < 172_800
        ? `${Math.round(seconds / 3600)} h`
        : `${Math.round(seconds / 86_400)} d`;

function tokenError(error: unknown): AppError {
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError('The bearer token has expired; obtain a new one.', {
      messageBg: 'Валидността на токена е изтекла; получете нов.',
    });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(
      `The bearer token was rejected: claim '${error.claim}' ${error.reason === 'check_failed' ? 'does not match' : error.reason.replace(/_/g, ' ')}.`,
      {
        messageBg: 'Токенът е отхвърлен: невалидно съдържание.',
      },
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new UnauthenticatedError('The bearer token signature is not valid.', {
      messageBg: 'Подписът на токена е невалиден.',
    });
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new UnauthenticatedError('The bearer token is signed with a key the identity provider does not publish (or no longer does).', {
      messageBg: 'Токенът е подписан с ключ, който доставчикът на идентичност не публикува (или вече е оттеглил).',
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
