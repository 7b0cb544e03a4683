/**
 * The layers of the source (issue 20.1), checked in CI by `npm run deps:check`: each rule forbids
 * imports against the direction domain ← access ← modules ← server ← main, with shared code depending
 * on no part. No import breaks them (the 82 that did when the check came in are gone); one that does
 * fails CI.
 * Type-only imports count: a layer that names another's types depends on it.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-depends-on-no-part',
      severity: 'error',
      comment: 'src/shared is used by every part and uses none of them.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(domain|access|audit|modules|read|server|dev|cli)/' },
    },
    {
      name: 'domain-depends-on-no-part',
      severity: 'error',
      comment: "src/domain is the law's vocabulary (roles, enums, reference codes): every part may use it, and it uses only shared code.",
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/|shared/)' },
    },
    {
      name: 'access-below-features',
      severity: 'error',
      comment: 'The policy (src/access) decides for every feature and knows none of their code.',
      from: { path: '^src/access/' },
      to: { path: '^src/(modules|read|server|audit|dev)/' },
    },
    {
      name: 'read-below-server-and-modules',
      severity: 'error',
      comment: 'The read engine (src/read) is used by modules and the server, and uses neither.',
      from: { path: '^src/read/' },
      to: { path: '^src/(modules|server|dev)/' },
    },
    {
      name: 'modules-below-server',
      severity: 'error',
      comment: 'Features (src/modules) do not know the HTTP server or the start-up.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(server|dev)/|^src/main\\.ts$' },
    },
    {
      name: 'nothing-on-main',
      severity: 'error',
      comment: 'src/main.ts starts the hub; nothing imports it.',
      from: {},
      to: { path: '^src/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|console)/' },
    tsPreCompilationDeps: true,
    // TypeScript 7 has no compiler API yet for dependency-cruiser to parse with: swc parses the sources.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
