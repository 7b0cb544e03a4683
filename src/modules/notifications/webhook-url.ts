import { BadUserInputError } from '../../shared/errors.js';

export interface WebhookPolicy {
  production: boolean;
  /** Host names production may call (WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Production calls only `https://` endpoints on the configured hosts: the hub must not be turned into
 * a way to reach internal addresses. Development and tests may also use http on loopback.
 */
export function assertWebhookUrl(value: string, policy: WebhookPolicy): string {
  const refuse = (why: string) => new BadUserInputError(`url: ${why}`, { messageBg: `url: недопустим адрес (${why}).`, details: { field: 'url' } });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(`'${value}' is not an absolute URL`);
  }
  if (url.username || url.password) throw refuse('must not carry credentials');
  const allowed = policy.allowedHosts.includes(url.hostname);
  if (policy.production) {
    if (url.protocol !== 'https:') throw refuse('production accepts https:// endpoints only');
    if (!allowed) throw refuse(`host ${url.hostname} is not in WEBHOOK_ALLOWED_HOSTS`);
  } else if (!(url.protocol === 'https:' || url.protocol === 'http:') || !(allowed || LOOPBACK.has(url.hostname))) {
    throw refuse(`outside production only http(s) on 127.0.0.1/localhost or WEBHOOK_ALLOWED_HOSTS, not ${url.protocol}//${url.hostname}`);
  }
  return url.toString();
}
