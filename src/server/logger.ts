import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.js';

/** The hub's logger: JSON lines to stdout, or to `destination` (tests read what was logged). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'integration-hub' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Tokens and personal data never reach the logs.
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
}
