/** Roles a development sign-in offers, with an example unit where the role needs one. */
export const DEV_ROLES: { role: string; unit: string | null }[] = [
  { role: 'MUNICIPALITY', unit: 'SOF46' },
  { role: 'SAR', unit: null },
  { role: 'MVR', unit: null },
  { role: 'DAZD', unit: null },
  { role: 'RZI', unit: 'BLG' },
  { role: 'DANS', unit: null },
  { role: 'ASP', unit: null },
  { role: 'AZ', unit: null },
  { role: 'MON', unit: null },
  { role: 'GOVERNOR', unit: 'SOF' },
  { role: 'ADMIN', unit: null },
];

/** A development token from the hub (POST /console/dev-token: answered only outside production). */
export async function devToken(role: string, unit: string | null, purpose: string): Promise<string> {
  const response = await fetch('/console/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, unit, purpose }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

/** How the hub lets the console sign in (GET /console/config.json). */
export interface ConsoleConfig {
  /** A picker that mints development tokens: never in production. */
  devSignIn: boolean;
  /**
   * The institutions' identity provider (OpenID Connect, code flow with PKCE), when configured;
   * `resource`: the resource indicator (RFC 8707) that makes its access token one for this hub.
   */
  oidc: { issuer: string; clientId: string; scope: string; resource: string | null } | null;
}

export async function consoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
