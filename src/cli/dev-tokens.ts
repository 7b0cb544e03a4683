import type { Config } from '../config/config.js';
import { signDevToken } from '../access/tokens.js';

const SAMPLES = [{ role: 'SAR' }, { role: 'MUNICIPALITY', unit: 'SOF46' }, { role: 'RZI', unit: 'BLG' }, { role: 'MVR' }, { role: 'ADMIN' }];

/** Development only: ready-made tokens, so a newcomer can try the API at once. */
export async function printDevTokens(config: Config, graphqlUrl: string): Promise<void> {
  const lines = [
    '',
    `Integration hub (development) listening on ${graphqlUrl}`,
    'Open it in a browser for Apollo Sandbox. Development tokens (valid 8 h; `npm run token -- --role X --unit Y` for others):',
  ];
  for (const sample of SAMPLES) {
    const token = await signDevToken(config.jwt, { ...sample, purpose: 'development' });
    lines.push('', `  ${sample.role}${sample.unit ? ` ${sample.unit}` : ''}:`, `  ${token}`);
  }
  lines.push(
    '',
    'Try:',
    `  curl -s ${graphqlUrl} -H 'content-type: application/json' -H "authorization: Bearer <token>" \\`,
    `    -d '{"query":"{ me { role unit institutionCode } }"}'`,
    '',
  );
  console.log(lines.join('\n'));
}
