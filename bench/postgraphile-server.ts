import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

/**
 * PostGraphile 5 over the read-path benchmark's database (issue 19): the reference a generic
 * GraphQL-over-PostgreSQL server sets for the hub's read paths. Started by bench/read-paths.ts as a
 * process of its own, like the floor; a devDependency used by nothing else:
 *   DATABASE_URL=… PORT=… node --import tsx bench/postgraphile-server.ts
 *
 * Library mode as documented (postgraphile.org/postgraphile/5/usage-library): the Amber preset as
 * it is (no simplify-inflection plugins: the generated names are Amber's), grafserv on node:http.
 * Production settings: no GraphiQL (Ruru), no explain, no watch mode, no websockets. No access policy
 * and no authentication: it reads the database as its owner, as the floor does.
 */
// PostGraphile's packages are CommonJS, loaded here without their type declarations: those reach
// Ruru's, GraphiQL's and React's, whose global DOM stubs (an empty HTMLElement) would change how the
// project's browser tests type-check (`npm run typecheck` includes bench/). The few calls used:
interface Preset {
  extends: unknown[];
  disablePlugins: string[];
  pgServices: unknown[];
  grafserv: Record<string, unknown>;
  grafast: Record<string, unknown>;
}
interface PostGraphileInstance {
  getSchema(): unknown;
  createServ(grafserv: unknown): { addTo(server: Server): Promise<void> };
  release(): unknown;
}
const require = createRequire(import.meta.url);
const { postgraphile } = require('postgraphile') as { postgraphile: (preset: Preset) => PostGraphileInstance };
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber') as { PostGraphileAmberPreset: unknown };
const { makePgService } = require('postgraphile/adaptors/pg') as {
  makePgService: (options: { connectionString?: string; schemas: string[]; poolConfig: object }) => unknown;
};
const { grafserv } = require('postgraphile/grafserv/node') as { grafserv: unknown };

const preset: Preset = {
  extends: [PostGraphileAmberPreset],
  // Amber offers orderBy and condition only on indexed columns; the hub orders nested lists by
  // columns without an index of their own (a member's role, a plan's kind, a measure's created_at),
  // which a query can only ask for with this plugin off (what PostGraphile 4's ignoreIndexes did,
  // and its v4 preset still does).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10, application_name: 'bench-postgraphile' } }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false, maxRequestLength: 100_000 },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
// The schema is built (introspection) before the port opens: listening means ready.
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('postgraphile listening'));
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
});
