import { createHmac } from 'node:crypto';

/**
 * docs/policy.md, NGO: an NGO sees identity "pseudonymous only, for what was shared with it". The
 * pseudonym is a keyed hash of the person and the organisation: stable for one organisation (it can
 * tell its measures for the same person apart from others'), different across organisations (two
 * NGOs cannot join their data), and not reversible without the hub's key.
 */
export function pseudonymOf(key: string, organisation: string, beneficiaryId: string): string {
  const digest = createHmac('sha256', key).update(`${organisation}\n${beneficiaryId}`).digest('base64url');
  return `P-${digest.slice(0, 16)}`;
}
