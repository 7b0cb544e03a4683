import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf, webhookAgent, type Resolve } from '../../src/modules/notifications/delivery/address-guard.js';

// Issue 16 point 5 (docs/notifications.md, "Where a webhook may point"): production sends personal
// data only to globally routable addresses (IANA's IPv4 and IPv6 special-purpose registries), and
// connects to exactly the address it checked.

describe('refusalOf: IANA special-purpose addresses', () => {
  const refused = [
    ['0.0.0.0', 'this network'],
    ['10.1.2.3', 'private'],
    ['100.64.0.1', 'shared address space (carrier-grade NAT)'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['172.16.0.1', 'private'],
    ['192.0.0.9', 'IETF protocol assignments'],
    ['192.0.2.1', 'documentation'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'limited broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::7f00:1', 'IPv4-compatible loopback, hex'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:8.8.8.8', 'IPv4-mapped (not globally reachable as such)'],
    ['::ffff:0:7f00:1', 'IPv4-translated'],
    ['64:ff9b::7f00:1', 'NAT64 carrying 127.0.0.1'],
    ['64:ff9b::a00:1', 'NAT64 carrying 10.0.0.1'],
    ['64:ff9b:1::808:808', 'local-use NAT64'],
    ['100::1', 'discard-only'],
    ['2001::1', 'Teredo'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:db8::1', 'documentation'],
    ['2001:10::1', 'ORCHID (deprecated)'],
    ['2002:7f00:1::1', '6to4 carrying 127.0.0.1'],
    ['2002:a9fe:a9fe::1', '6to4 carrying 169.254.169.254'],
    ['2002:c0a8:101::1', '6to4 carrying 192.168.1.1'],
    ['3fff::1', 'documentation'],
    ['4000::1', 'outside global unicast'],
    ['5f00::1', 'segment routing'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['fec0::1', 'site-local (deprecated)'],
    ['ff02::1', 'multicast'],
    ['ff0e::1', 'multicast, global scope'],
    ['not-an-ip', 'not an address'],
  ];
  it.each(refused)('refuses %s (%s)', (address) => {
    expect(refusalOf(address)).not.toBeNull();
  });

  const allowed = [
    ['8.8.8.8', 'public IPv4'],
    ['1.1.1.1', 'public IPv4'],
    ['185.199.108.153', 'public IPv4'],
    ['100.63.255.255', 'just below 100.64/10'],
    ['100.128.0.1', 'just above 100.64/10'],
    ['198.17.255.255', 'just below 198.18/15'],
    ['198.20.0.1', 'just above 198.18/15'],
    ['223.255.255.254', 'just below multicast'],
    ['2606:4700:4700::1111', 'public IPv6'],
    ['2a00:1450:4001:80b::200e', 'public IPv6'],
    ['2002:808:808::1', '6to4 carrying 8.8.8.8'],
    ['64:ff9b::808:808', 'NAT64 (DNS64) carrying 8.8.8.8'],
  ];
  it.each(allowed)('allows %s (%s)', (address) => {
    expect(refusalOf(address)).toBeNull();
  });
});

/** A receiver on one loopback address: what it was sent. */
function receiver(host: string) {
  const hits: { host: string | undefined; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push({ host: req.headers.host, body });
      res.writeHead(204).end();
    });
  });
  return {
    hits,
    start: (port = 0) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the webhook agent connects to the address its lookup checked', () => {
  // 127.0.0.1: the endpoint the check saw; 127.0.0.2 (loopback too, on Linux): the internal service a
  // rebinding answer would point to. They listen on the same port so that only the address differs.
  const endpoint = receiver('127.0.0.1');
  const internal = receiver('127.0.0.2');
  let port = 0;
  beforeAll(async () => {
    port = await endpoint.start();
    await internal.start(port);
  });
  afterAll(async () => {
    await endpoint.stop();
    await internal.stop();
  });

  it('resolves once: a rebinding answer on a second lookup is never used', async () => {
    const answers = ['127.0.0.1', '127.0.0.2'];
    const asked: string[] = [];
    // First answer the checked endpoint, every later one the internal service.
    const rebinding: Resolve = async (hostname) => {
      asked.push(hostname);
      return [{ address: answers[Math.min(asked.length - 1, 1)]!, family: 4 }];
    };
    const agent = webhookAgent({ production: false, resolve: rebinding, connectTimeoutMs: 2000 });
    try {
      const res = await request(`http://hooks.example.test:${port}/hook`, { method: 'POST', body: 'personal data', dispatcher: agent });
      await res.body.dump();
      expect(res.statusCode).toBe(204);
      expect(asked).toEqual(['hooks.example.test']);
      expect(endpoint.hits).toEqual([{ host: `hooks.example.test:${port}`, body: 'personal data' }]);
      expect(internal.hits).toEqual([]);
    } finally {
      await agent.close();
    }
  });

  it('in production refuses a host any of whose addresses is not globally routable, before connecting', async () => {
    const before = endpoint.hits.length;
    const agent = webhookAgent({
      production: true,
      // One public address and one loopback: every address is checked, not only the first.
      resolve: async () => [
        { address: '8.8.8.8', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ],
      connectTimeoutMs: 2000,
    });
    try {
      const error = await request(`http://hooks.example.test:${port}/hook`, { method: 'POST', body: 'personal data', dispatcher: agent }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'WEBHOOK_ADDRESS_REFUSED' });
      expect((error as Error).message).toMatch(/127\.0\.0\.1.*loopback/);
      expect(endpoint.hits.length).toBe(before);
    } finally {
      await agent.close();
    }
  });

  it.each(['127.0.0.1', '[::ffff:127.0.0.1]', '[::1]'])('in production refuses the IP literal %s (no lookup to check)', async (host) => {
    const before = endpoint.hits.length;
    const agent = webhookAgent({ production: true, connectTimeoutMs: 2000 });
    try {
      const error = await request(`http://${host}:${port}/hook`, { method: 'POST', body: 'personal data', dispatcher: agent }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'WEBHOOK_ADDRESS_REFUSED' });
      expect(endpoint.hits.length).toBe(before);
    } finally {
      await agent.close();
    }
  });
});

describe('TLS still verifies the host name, not the pinned address', () => {
  // A self-signed certificate for hooks.example.test only (test/notifications/tls/, valid 100 years).
  const cert = readFileSync(new URL('./tls/hooks.example.test.crt', import.meta.url), 'utf8');
  const key = readFileSync(new URL('./tls/hooks.example.test.key', import.meta.url), 'utf8');
  const servernames: (string | false | null)[] = [];
  const server = https.createServer({ cert, key }, (req, res) => {
    servernames.push((req.socket as TLSSocket).servername);
    req.resume().on('end', () => res.writeHead(204).end());
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // Every name resolves to the server; only the certificate's name may be called.
  const toServer: Resolve = async () => [{ address: '127.0.0.1', family: 4 }];

  it('connects to the checked address and sends the host name as SNI', async () => {
    const agent = webhookAgent({ production: false, resolve: toServer, connectTimeoutMs: 2000, ca: cert });
    try {
      const res = await request(`https://hooks.example.test:${port}/hook`, { method: 'POST', body: '{}', dispatcher: agent });
      await res.body.dump();
      expect(res.statusCode).toBe(204);
      expect(servernames).toEqual(['hooks.example.test']);
    } finally {
      await agent.close();
    }
  });

  it('refuses a certificate that does not name the URL host, though the address is the same', async () => {
    const agent = webhookAgent({ production: false, resolve: toServer, connectTimeoutMs: 2000, ca: cert });
    try {
      const error = await request(`https://other.example.test:${port}/hook`, { method: 'POST', body: '{}', dispatcher: agent }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    } finally {
      await agent.close();
    }
  });
});
