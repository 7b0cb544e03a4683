import { loadConfig } from '../config/config.js';
import { openDatabaseServer } from '../db/database-server.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../db/orm.js';
import { createLogger } from '../server/logger.js';

// Generates a migration from the difference between the entities and the migrations so far:
// npm run migration:create [-- --name add-agreements] [--blank]. Runs against a scratch database.
// --blank makes an empty migration for what the entities cannot say (triggers, data).
const nameIndex = process.argv.indexOf('--name');
// The name becomes part of a class name: keep it to letters, digits and '_'.
const name = nameIndex > 0 ? process.argv[nameIndex + 1]?.replace(/\W+/g, '_') : undefined;
const config = loadConfig();
const log = createLogger({ logLevel: 'warn' });
const server = await openDatabaseServer(config, log);
const scratch = `hub_migration_${Date.now()}`;
await server.createDatabase(scratch);
const orm = await MikroORM.init(ormOptions(server.url(scratch)));
try {
  const migrator = orm.getMigrator();
  await migrator.up(); // bring the scratch database to the last committed migration first
  const result = await migrator.createMigration(undefined, process.argv.includes('--blank'), false, name);
  console.log(result.fileName ? `created migrations/${result.fileName}` : 'no changes: no migration created');
} finally {
  await orm.close();
  await server.dropDatabase(scratch);
  await server.stop();
}
