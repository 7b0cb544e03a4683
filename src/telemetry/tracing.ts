import { NodeSDK } from '@opentelemetry/sdk-node';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { register as registerImportHooks } from 'import-in-the-middle/register-hooks.mjs';
import { onTracingStop } from './stop.js';

// Probes and scrapes, every few seconds: no trace is worth their volume.
const UNTRACED = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * OpenTelemetry traces of HTTP requests, Express routing, GraphQL (parse, validate, execute, resolvers
 * to depth 2) and PostgreSQL queries, exported as the OTEL_* variables say (exporter, endpoint,
 * protocol, service name, sampler: the SDK reads them). Traces only: metrics are /metrics' (prom-client).
 */
export function startTracing(): void {
  const instrumentations = [
    new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED.has((req.url ?? '').split('?')[0]!) }),
    new ExpressInstrumentation(),
    // Resolver spans below depth 2 would be one per field per row of a page: thousands for a page.
    // Literal values in the document stay masked (allowValues false): they may be personal data.
    new GraphQLInstrumentation({ depth: 2, ignoreTrivialResolveSpans: true, mergeItems: true }),
    // Only queries inside a traced request: pg-boss polls twice a second, each poll a trace
    // otherwise. Parameters are never attached (enhancedDatabaseReporting off): they hold personal data.
    new PgInstrumentation({ requireParentSpan: true }),
  ];
  // The hub is ESM: a module it is first to load by `import` (express) passes no require() hook, so
  // import-in-the-middle's loader wraps these modules (in-thread, Node 26's module.registerHooks), and
  // only them. Without it Express goes untraced and HTTP spans lose their route.
  registerImportHooks({ include: instrumentations.flatMap((i) => i.getModuleDefinitions().map((d) => d.name)) });
  const sdk = new NodeSDK({ instrumentations, metricReaders: [], logRecordProcessors: [] });
  sdk.start();
  onTracingStop(() => sdk.shutdown());
}
