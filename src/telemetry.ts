// Preloaded before the hub (`node --import ./dist/src/telemetry.js`, the start script) so that
// OpenTelemetry hooks http, express, graphql and pg before the hub imports them. Tracing is on only
// when the OTEL_* variables name an exporter or an endpoint (config.ts); otherwise the SDK is never
// even loaded, and the preload costs one parse of a few variables.
import { tracingConfig } from './config/config.js';

if (tracingConfig().enabled) {
  const { startTracing } = await import('./telemetry/tracing.js');
  startTracing();
}
