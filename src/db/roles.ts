import pg from 'pg';
import type { Logger } from 'pino';

/**
 * The hub's two database roles (docs/audit-log.md). The owner owns the tables and runs the migrations
 * (and pg-boss's schema); the hub serves requests as a runtime role that owns nothing, is no
 * superuser, and may only INSERT into (and read) the access log: it can neither change nor remove an
 * entry, nor switch the append-only trigger off (ALTER TABLE needs the owner; session_replication_role
 * a superuser). Whoever takes over the hub's connection gets no more than that.
 */

/** The runtime role of the embedded server (created by the hub itself). */
export const EMBEDDED_RUNTIME_ROLE = 'hub_app';

const GRANT_LOCK = 7_2017_0061;

/** Creates the runtime role if it is missing, and (re)sets its attributes and password. Needs CREATEROLE. */
export async function ensureRuntimeRole(admin: pg.Client, role: string, password: string): Promise<void> {
  const name = admin.escapeIdentifier(role);
  const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
  // Not a superuser, creates nothing, inherits nothing: only what grantRuntimeRole gives it.
  const attributes = 'login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls';
  await admin.query(`${exists.rowCount ? 'alter' : 'create'} role ${name} with ${attributes} password ${admin.escapeLiteral(password)}`);
}

/**
 * As the owner, on the database at `ownerUrl`: gives the runtime role what the hub needs, after the
 * migrations (every table they made): read and write the data, read and append to the access log,
 * read the migrations' table (readiness); pg-boss's tables to run the jobs. Idempotent: run at each start.
 */
export async function grantRuntimeRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'integration-hub-grants' });
  await client.connect();
  try {
    const name = client.escapeIdentifier(role);
    const { rows } = await client.query<{ db: string; pgboss: boolean }>(
      "select current_database() as db, exists (select 1 from pg_namespace where nspname = 'pgboss') as pgboss",
    );
    const schemas = rows[0]!.pgboss ? ['public', 'pgboss'] : ['public'];
    await client.query('begin');
    // Hubs starting together grant the same privileges: PostgreSQL fails concurrent GRANTs on one
    // object ("tuple concurrently updated"), so one at a time.
    await client.query('select pg_advisory_xact_lock($1)', [GRANT_LOCK]);
    await client.query(`grant connect on database ${client.escapeIdentifier(rows[0]!.db)} to ${name}`);
    for (const schema of schemas) {
      await client.query(`grant usage on schema ${schema} to ${name}`);
      // No TRUNCATE, REFERENCES or TRIGGER anywhere: they are DDL in all but name.
      await client.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${name}`);
      await client.query(`grant usage, select, update on all sequences in schema ${schema} to ${name}`);
    }
    // docs/audit-log.md: the access log is append-only for the hub (whatever was granted before), the
    // migrations' record read-only.
    await client.query(`revoke all on audit_log, mikro_orm_migrations from ${name}`);
    await client.query(`grant select, insert on audit_log to ${name}`);
    await client.query(`grant select on mikro_orm_migrations to ${name}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * What the role the hub connected as could do to the access log beyond appending to it; empty when
 * nothing. Production refuses to start otherwise; elsewhere it is a warning.
 */
async function runtimeRoleProblems(execute: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string[]> {
  const [row] = await execute(`select current_user as "user",
      (select rolsuper from pg_roles where rolname = current_user) as superuser,
      pg_has_role(current_user, (select relowner from pg_class where oid = 'audit_log'::regclass), 'USAGE') as owner,
      has_table_privilege('audit_log', 'UPDATE') as "update", has_table_privilege('audit_log', 'DELETE') as "delete",
      has_table_privilege('audit_log', 'TRUNCATE') as "truncate"`);
  const problems: string[] = [];
  if (row!.superuser) problems.push(`${String(row!.user)} is a superuser (it can switch the access log's append-only trigger off)`);
  if (row!.owner) problems.push(`${String(row!.user)} owns the access log (or is a member of its owner)`);
  for (const privilege of ['update', 'delete', 'truncate']) {
    if (row![privilege]) problems.push(`${String(row!.user)} may ${privilege.toUpperCase()} the access log`);
  }
  return problems;
}

/** Checks the runtime role, and refuses (strict) or warns about one that could change the log. */
export async function checkRuntimeRole(execute: (sql: string) => Promise<Record<string, unknown>[]>, log: Logger, strict: boolean): Promise<void> {
  const problems = await runtimeRoleProblems(execute);
  if (problems.length === 0) return;
  const message = `the hub's database role can change the access log: ${problems.join('; ')}. Set DATABASE_APP_URL to a role that owns nothing (README: An external PostgreSQL)`;
  if (strict) throw new Error(message);
  log.warn(message);
}
