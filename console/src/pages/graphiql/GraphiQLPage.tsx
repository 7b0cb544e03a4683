import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { buildSchema, type ExecutionResult } from 'graphql';
import { useMemo, useState } from 'react';
// Monaco's workers (editor, JSON, GraphQL) bundled by Vite as files of their own under /console/assets:
// nothing from a CDN (the esm.sh set-up would fetch them from outside the hub).
import 'graphiql/setup-workers/vite';
// GraphiQL's styles without graphiql/style.css, which also carries its fonts (Roboto, Fira Code, the
// codicons) as data: URLs that the console's CSP (font-src 'self') refuses: the page uses the system's
// fonts (graphiql.css below), and Monaco's own stylesheet brings the codicons as a file of the hub.
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './graphiql.css';
// The schema's documentation from the committed SDL (built with the console from the same sources):
// the documentation explorer works where introspection is off (production's default, GRAPHQL_INTROSPECTION).
import sdl from '../../../../schema/schema.graphql?raw';
import type { Credentials } from '../../api.js';
import { useStrings } from '../../i18n.js';
import { useSession } from '../../session.js';
import { EXAMPLES } from './examples.js';
import { graphiqlStrings } from './strings.js';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * The person's own credentials on every request: the bearer token (renewed once if the hub says it
 * expired, as api.ts does) and the purpose of use. Headers typed in GraphiQL's header editor go too,
 * but cannot replace these two.
 */
function sessionFetcher(credentials: Credentials): Fetcher {
  const send = async (params: unknown, headers: Record<string, string>) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        authorization: `Bearer ${await credentials.token()}`,
        'x-purpose': credentials.purpose,
      },
      body: JSON.stringify(params),
    });
    return (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as ExecutionResult;
  };
  return async (params, opts) => {
    const headers = Object.fromEntries(
      Object.entries((opts?.headers ?? {}) as Record<string, unknown>)
        .filter(([name]) => !['authorization', 'x-purpose', 'content-type'].includes(name.toLowerCase()))
        .map(([name, value]) => [name, String(value)]),
    );
    let body = await send(params, headers);
    if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && (await credentials.onUnauthenticated())) body = await send(params, headers);
    // The hub's answer as it came: GraphiQL shows it whole, errors and their extensions with it.
    return body;
  };
}

/**
 * GraphiQL keeps its tabs, queries and history in localStorage by default; the console keeps nothing
 * in the browser (a query's variables may name a person), so GraphiQL's store lives in memory only.
 */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** The guide's examples: the chosen one replaces the query of the open tab. */
function ExamplePicker() {
  const s = useStrings(graphiqlStrings);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { setOperationName } = useGraphiQLActions();
  const [chosen, setChosen] = useState('');
  return (
    <label className="graphiql-examples">
      {s('example')}
      <select
        value={chosen}
        data-testid="graphiql-example"
        onChange={(e) => {
          setChosen(e.target.value);
          const example = EXAMPLES[Number(e.target.value)];
          if (!example) return;
          queryEditor?.setValue(example.query);
          // GraphiQL reads the operation's name from the editor a moment later; set now, a run at once sends
          // the example's name, not the replaced query's.
          const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(example.query)?.[1];
          if (name) setOperationName(name);
        }}
      >
        <option value="">{s('choose')}</option>
        {[...new Set(EXAMPLES.map((e) => e.section))].map((section) => (
          <optgroup key={section} label={section}>
            {EXAMPLES.map((example, i) =>
              example.section === section ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the index is the example's identity (it is the option's value too): EXAMPLES is a constant of the build, never reordered, and titles may repeat
                <option key={i} value={i}>
                  {example.title}
                </option>
              ) : null,
            )}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function GraphiQLPage() {
  const s = useStrings(graphiqlStrings);
  const { credentials } = useSession();
  const fetcher = useMemo(() => sessionFetcher(credentials), [credentials]);
  const schema = useMemo(() => buildSchema(sdl), []);
  const storage = useMemo(memoryStorage, []);
  return (
    <section aria-labelledby="graphiql-title" className="graphiql-page">
      <h2 id="graphiql-title">{s('title')}</h2>
      <p>{s('intro')}</p>
      <div className="graphiql-frame">
        <GraphiQL
          fetcher={fetcher}
          schema={schema}
          storage={storage}
          defaultTabs={EXAMPLES.length ? [{ query: EXAMPLES[0]!.query }] : undefined}
          shouldPersistHeaders={false}
          showPersistHeadersSettings={false}
          forcedTheme="light"
        >
          <GraphiQL.Logo>
            <ExamplePicker />
          </GraphiQL.Logo>
        </GraphiQL>
      </div>
    </section>
  );
}
