import type express from 'express';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import { ErrorCode } from '../shared/errors.js';
import { sendRequestError } from './http-errors.js';

/**
 * Fair use: each user (institution and token subject) may send `perSecond` requests a second, and
 * borrow up to `burst` more a minute for a peak; past that the hub answers 429 with Retry-After,
 * before any work. A caller without a principal is counted by its address: an anonymous one, and one
 * whose token was refused (issue 16: forged tokens would otherwise cost nothing to spray; with no
 * valid token there is nothing else to tell callers apart by, and a subject named in a forged token
 * must not spend its owner's bucket). Both share the address's bucket. The buckets are per process:
 * behind a load balancer with N processes a user gets up to N times the rate (set the figures for one
 * process). The address is the connection's: behind a reverse proxy, the proxy's.
 */
export interface RateLimit {
  /** The HTTP middleware: 429 past the rate, keyed by principal or, without one, by address. */
  http: express.RequestHandler;
  /**
   * A WebSocket handshake, counted by its address as an anonymous request is (its token comes only in
   * connection_init, and a refused one closes the socket: trying another token costs a handshake).
   * Null when admitted, else the seconds to wait.
   */
  handshake(address: string): Promise<number | null>;
}

export function rateLimit(limits: Config['rateLimit']): RateLimit {
  if (limits.perSecond === 0) return { http: (_req, _res, next) => next(), handshake: async () => null };
  const limiter = new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: 'rate', points: limits.perSecond, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: 'burst', points: limits.burst, duration: 60 }),
  );
  /** Null when the key may go on, else the seconds before it may. */
  const consume = async (key: string): Promise<number | null> => {
    try {
      await limiter.consume(key);
      return null;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  };
  const byAddress = (address: string) => `ip\u0000${address}`;
  return {
    handshake: (address) => consume(byAddress(address)),
    http: async (req, res, next) => {
      const principal = req.principal;
      const key = principal ? `${principal.institutionCode}\u0000${principal.subject}` : byAddress(req.ip ?? req.socket.remoteAddress ?? '');
      let seconds: number | null;
      try {
        seconds = await consume(key);
      } catch (error) {
        return next(error);
      }
      if (seconds === null) return next();
      res.setHeader('retry-after', String(seconds));
      sendRequestError(
        req,
        res,
        429,
        `Too many requests: ${limits.perSecond} a second (and a burst of ${limits.burst} a minute) are allowed per user. Try again in ${seconds} s.`,
        {
          code: ErrorCode.RATE_LIMITED,
          messageBg: `Твърде много заявки. Опитайте отново след ${seconds} s.`,
        },
      );
    },
  };
}
