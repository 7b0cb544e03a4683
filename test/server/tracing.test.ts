import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseOfFile } from '../support/own-database.js';
import { loadConfig, tracingConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/shared/project-root.js';
import { killHub, spawnHub, type HubProcess } from '../support/hub-process.js';
import { waitFor } from '../support/wait.js';

// OpenTelemetry traces (issue 15, "Operators see it"): switched on by the standard OTEL_* variables,
// off (the SDK not even loaded) without an exporter or an endpoint. The hub here runs as `npm start`
// runs it, preloading dist/src/telemetry.js, and exports OTLP/HTTP (JSON) to a collector this file runs.

describe('which OTEL_* variables switch tracing on', () => {
  it('is off without an exporter or endpoint, on with one, off when disabled or none', () => {
    expect(tracingConfig({})).toEqual({ enabled: false, exporters: [] });
    expect(tracingConfig({ OTEL_SERVICE_NAME: 'hub' })).toEqual({ enabled: false, exporters: [] });
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ enabled: true, exporters: ['otlp'] });
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }).enabled).toBe(true);
    expect(tracingConfig({ OTEL_TRACES_EXPORTER: 'otlp,console' })).toEqual({ enabled: true, exporters: ['otlp', 'console'] });
    expect(tracingConfig({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(false);
    expect(tracingConfig({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }).enabled).toBe(false);
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).enabled).toBe(false);
  });

  it('refuses to start on a bad value, naming the variable; the preload then stays off', () => {
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(/OTEL_TRACES_EXPORTER/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
    expect(tracingConfig({ OTEL_TRACES_EXPORTER: 'jaeger' }).enabled).toBe(false);
  });
});

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
}
interface Exported {
  resource: Record<string, unknown>;
  scope: string;
  span: OtlpSpan;
}
interface OtlpRequest {
  resourceSpans?: { resource?: { attributes?: { key: string; value: OtlpValue }[] }; scopeSpans?: { scope?: { name?: string }; spans?: OtlpSpan[] }[] }[];
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

/** An OTLP/HTTP collector that keeps every span it is sent (JSON encoding). */
async function collector() {
  const spans: Exported[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
      if (req.url === '/v1/traces') {
        const request = JSON.parse(body.toString('utf8')) as OtlpRequest;
        for (const rs of request.resourceSpans ?? []) {
          const resource = Object.fromEntries((rs.resource?.attributes ?? []).map((a) => [a.key, a.value.stringValue ?? a.value.intValue]));
          for (const ss of rs.scopeSpans ?? []) for (const span of ss.spans ?? []) spans.push({ resource, scope: ss.scope?.name ?? '', span });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { spans, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('traces of a running hub', () => {
  // The hub built into a directory of its own (the shutdown test rebuilds dist/ while others run), with
  // the project's package.json, sources (reference data) and node_modules beside it.
  let dir = '';
  let otlp: Awaited<ReturnType<typeof collector>>;
  let hub: HubProcess | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-tracing-'));
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist')], { cwd: projectRoot, stdio: 'ignore' });
    fs.copyFileSync(path.join(projectRoot, 'package.json'), path.join(dir, 'package.json'));
    for (const link of ['node_modules', 'src']) fs.symlinkSync(path.join(projectRoot, link), path.join(dir, link));
    otlp = await collector();
  });
  afterAll(async () => {
    if (hub) await killHub(hub);
    await otlp?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports a span for the HTTP request, the GraphQL operation and its PostgreSQL query, in one trace', async () => {
    hub = await spawnHub({
      command: ['npm', '--prefix', dir, 'start', '--ignore-scripts'],
      env: {
        DATABASE_URL: (await databaseOfFile()).url,
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'integration-hub-under-test',
        // Exported within 200 ms of ending, rather than the default 5 s.
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
    });
    const res = await fetch(hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query TracedProvinces { provinces { code } }' }),
    });
    expect(res.status).toBe(200);

    const operation = await waitFor(
      'the GraphQL operation span',
      () => otlp.spans.find((s) => s.scope === '@opentelemetry/instrumentation-graphql' && s.span.name === 'query TracedProvinces'),
      20_000,
      () => `${otlp.spans.length} spans: ${[...new Set(otlp.spans.map((s) => s.span.name))].join(', ')}\n${hub!.output()}`,
    );
    const inTrace = () => otlp.spans.filter((s) => s.span.traceId === operation.span.traceId);
    const query = await waitFor('a PostgreSQL query span in the same trace', () =>
      inTrace().find((s) => s.scope === '@opentelemetry/instrumentation-pg' && s.span.name.startsWith('pg.query')),
    );
    const request = await waitFor('the HTTP server span that holds them', () =>
      inTrace().find((s) => s.scope === '@opentelemetry/instrumentation-http' && s.span.kind === 2 && !s.span.parentSpanId),
    );
    expect(request.span.name).toBe('POST /graphql');
    expect(attribute(operation.span, 'graphql.operation.name')).toBe('TracedProvinces');
    expect(attribute(operation.span, 'graphql.operation.type')).toBe('query');
    expect(attribute(query.span, 'db.system') ?? attribute(query.span, 'db.system.name')).toBe('postgresql');
    expect(operation.resource['service.name']).toBe('integration-hub-under-test');

    // The probes (spawnHub polled /readyz until it answered) are not traced.
    expect(
      otlp.spans.filter((s) => /readyz|healthz|metrics/.test(String(attribute(s.span, 'url.path') ?? attribute(s.span, 'http.target') ?? s.span.name))),
    ).toEqual([]);
  });
});
