import { parseArgs } from 'node:util';
import { ROLES } from '../domain/institutions.js';
import { signDevToken } from '../access/tokens.js';
import { loadConfig } from '../config/config.js';

// Prints a development token: npm run token -- --role RZI --unit BLG [--sub alice] [--purpose "..."] [--ttl 1h]
const usage = `Usage: npm run token -- --role <ROLE> [--unit <code>] [--sub <subject>] [--purpose <text>] [--ttl 8h]
Roles: ${ROLES.join(', ')}
Unit: municipality code for MUNICIPALITY (e.g. SOF46), province code for RZI, RZOK, GOVERNOR (e.g. BLG),
      organisation id for NGO (e.g. unhcr), optionally a province code for ASP (a regional directorate),
      none for the other national bodies.`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      sub: { type: 'string' },
      purpose: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.role) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const token = await signDevToken(loadConfig().jwt, {
    role: values.role.toUpperCase(),
    unit: values.unit,
    sub: values.sub,
    purpose: values.purpose,
    expiresIn: values.ttl,
  });
  console.log(token);
} catch (error) {
  const issues = (error as { issues?: { message: string }[] }).issues;
  console.error(issues ? `Cannot issue the token: ${issues.map((i) => i.message).join('; ')}` : (error as Error).message);
  console.error(usage);
  process.exit(2);
}
