import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { auditService } from '../audit/audit.service.js';
import { loadConfig } from '../config/config.js';
import { openDatabaseServer } from '../db/database-server.js';
import { ormOptions } from '../db/orm.js';
import { createLogger } from '../server/logger.js';

// Re-computes the access log's hash chain: npm run audit:verify. Exit 0 when intact, 1 at the first broken link.
const config = loadConfig();
const server = await openDatabaseServer(config, createLogger({ logLevel: 'warn' }));
const orm = await MikroORM.init(ormOptions(server.url(), 2));
try {
  const report = await auditService.verify(orm.em.fork());
  if (report.ok) {
    console.log(`access log intact: ${report.checked} entries checked`);
  } else {
    console.error(`access log BROKEN at entry ${report.firstBrokenSeq}: ${report.reason} (${report.checked} entries before it are intact)`);
    process.exitCode = 1;
  }
} finally {
  await orm.close();
  await server.stop();
}
