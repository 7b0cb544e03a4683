import http from 'node:http';
import pg from 'pg';
import { agreementJson } from './floor-sql.js';

/**
 * The floor of the read-path benchmark: a minimal node:http server that answers each workload's
 * request with ONE hand-written SQL statement in which PostgreSQL builds the response JSON. No
 * GraphQL, no policy, no ORM: what the hub is measured against. Started by bench/read-paths.ts:
 *   DATABASE_URL=… PORT=… tsx bench/floor-server.ts
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bench-floor' });

const SQL: Record<string, string> = {
  W1: `select json_build_object('agreement', ${agreementJson('a', { members: true, planKind: true, measuresWhere: '' })}) as data from agreement a where a.id = $1`,
  W2: `select json_build_object('agreements', json_build_object('edges', coalesce(json_agg(json_build_object('node', ${agreementJson('a', { members: true, planKind: true, measuresWhere: '' })}) order by a.signed_on desc, a.id desc), '[]'))) as data
       from (select * from agreement where municipality_code = $1 order by signed_on desc, id desc limit 100) a`,
  W3: `select json_build_object('agreementStatistics', json_build_object('cells', coalesce(json_agg(json_build_object('citizenship', c, 'protectionKind', k, 'count', n)), '[]'))) as data
       from (select case when h.stateless then 'STATELESS' else h.citizenship end as c, h.protection_kind as k, count(*)::int as n
             from agreement a join beneficiary h on h.id = a.holder_id join municipality mu on mu.code = a.municipality_code
             where mu.province_code = $1 and a.status <> 'DRAFT' group by 1, 2) g`,
  // RZI's view: no members (AGREEMENT data), no plan kind (PLAN or CHILD data), health measures only.
  W4: `select json_build_object('agreements', json_build_object('edges', coalesce(json_agg(json_build_object('node', ${agreementJson('a', { members: false, planKind: false, measuresWhere: "and x.area = 'HEALTHCARE'" })}) order by a.signed_on desc, a.id desc), '[]'))) as data
       from (select * from agreement where municipality_code = $1 order by signed_on desc, id desc limit 100) a`,
};

http
  .createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      try {
        const { operationName, variables } = JSON.parse(raw) as { operationName: string; variables: Record<string, string> };
        // PostgreSQL gives the JSON as text: Node neither parses nor serialises it.
        const text = `select data::text as data from (${SQL[operationName]!}) q`;
        const { rows } = await pool.query<{ data: string }>({ name: operationName, text, values: [Object.values(variables)[0]] });
        res.setHeader('content-type', 'application/json');
        res.end(`{"data":${rows[0]!.data}}`);
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor listening'));
