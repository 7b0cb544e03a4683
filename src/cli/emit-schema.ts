import fs from 'node:fs';
import path from 'node:path';
import { buildBareSchema, printHubSchema } from '../server/schema.js';
import { projectRoot } from '../shared/project-root.js';

// Writes schema/schema.graphql; with --check, fails when the committed file is stale.
const file = path.join(projectRoot, 'schema', 'schema.graphql');
const sdl = printHubSchema(await buildBareSchema());
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(projectRoot, file)}`);
}
