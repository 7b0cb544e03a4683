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
export function rateLimit(limits: Config['rateLimit']): express.RequestHandler {
  if (limits.perSecond === 0) return (_req, _res, next) => next();
  const limiter = new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: 'rate', points: limits.perSecond, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: 'burst', points: limits.burst, duration: 60 }),
  );
  return async (req, res, next) => {
    const principal = req.principal;
    const key = principal ? `${principal.institutionCode}\u0000${principal.subject}` : `ip\u0000${req.ip ?? req.socket.remoteAddress ?? ''}`;
    try {
      await limiter.consume(key);
      next();
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return next(refusal);
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      res.setHeader('retry-after', String(seconds));
      sendRequestError(req, res, 429, `Too many requests: ${limits.perSecond} a second (and a burst of ${limits.burst} a minute) are allowed per user. Try again in ${seconds} s.`, {
        code: ErrorCode.RATE_LIMITED,
        messageBg: `Твърде много заявки. Опитайте отново след ${seconds} s.`,
      });
    }
  };
}
