import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { auditService } from '../audit/audit.service.js';
import { anchorsFor } from '../audit/checkpoints.js';
import { loadConfig } from '../config/config.js';
import { openDatabaseServer } from '../db/database-server.js';
import { ormOptions } from '../db/orm.js';
import { createLogger } from '../server/logger.js';

// Re-computes the access log's hash chain and holds it to the signed checkpoints (AUDIT_CHECKPOINT_FILE,
// AUDIT_CHECKPOINT_KEY): npm run audit:verify. Exit 0 when intact, 1 at the first broken link, the
// first checkpoint that does not hold, or a log that no longer reaches the last checkpoint.
const config = loadConfig();
const server = await openDatabaseServer(config, createLogger({ logLevel: 'warn' }));
// Reading needs no more than the runtime role (it may read the log).
const orm = await MikroORM.init(ormOptions(server.appUrl(), 2));
try {
  const em = orm.em.fork();
  const anchors = await anchorsFor(em, config.audit.checkpoint);
  const report = await auditService.verify(em, { anchors });
  if (report.ok) {
    console.log(`access log intact: ${report.checked} entries checked, against ${anchors.count} signed checkpoints (${anchors.file})`);
    if (anchors.count === 0 && report.checked > 0) {
      console.warn(`no checkpoints in ${anchors.file}: entries removed from the end, or the log rewritten and re-hashed, would not show`);
    }
  } else {
    console.error(
      `access log BROKEN${report.firstBrokenSeq ? ` at entry ${report.firstBrokenSeq}` : ''}: ${report.reason} (${report.checked} entries before it are intact)`,
    );
    process.exitCode = 1;
  }
} finally {
  await orm.close();
  await server.stop();
}
