import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector } from 'undici';

/**
 * Which addresses a production hub may send personal data to (docs/notifications.md, "Where a webhook
 * may point"): only globally routable unicast, per IANA's IPv4 and IPv6 special-purpose address
 * registries. ipaddr.js names the special-purpose blocks (`range()`: private, loopback, carrierGradeNat,
 * reserved — 198.18/15, 240/4, the documentation nets —, multicast, uniqueLocal, deprecatedSiteLocal
 * fec0::/10, teredo, rfc6052, 6to4, ipv4Mapped …) and calls everything else 'unicast'. What it does
 * not settle is added here:
 * - IPv6 'unicast' is only global inside 2000::/3: ::127.0.0.1 (IPv4-compatible, deprecated), the rest
 *   of ::/8, 4000::/2 … fall back to 'unicast' in ipaddr.js and are refused;
 * - 6to4 (2002::/16) and the NAT64 well-known prefix (64:ff9b::/96) carry an IPv4 address, which is
 *   where the packets go: they are judged by that address. The local-use NAT64 prefix 64:ff9b:1::/48
 *   is not globally reachable (IANA) and is refused, as are IPv4-mapped ::ffff:0:0/96 and Teredo.
 * - The few special blocks IANA marks globally reachable (AS112, AMT, PCP/TURN anycast, ORCHIDv2) are
 *   infrastructure, never an institution's endpoint: refused too.
 * Returns why the address is refused, or null when it may be called.
 */
export function refusalOf(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // IPv6 text goes through the WHATWG URL parser first, which writes it as the socket will use it:
    // ipaddr.js reads '::127.0.0.1' as ::ffff:127.0.0.1, where net connects to ::7f00:1.
    ip = ipaddr.parse(isIP(address) === 6 ? new URL(`http://[${address}]`).hostname.slice(1, -1) : address);
  } catch {
    return 'not an IP address';
  }
  if (ip.kind() === 'ipv4') {
    const range = (ip as ipaddr.IPv4).range();
    return range === 'unicast' ? null : `IPv4 ${range}`;
  }
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  if (range === '6to4') return embedded('6to4', ipaddr.fromByteArray(v6.toByteArray().slice(2, 6)).toString());
  if (range === 'rfc6052' && v6.match(NAT64_WELL_KNOWN)) return embedded('NAT64', ipaddr.fromByteArray(v6.toByteArray().slice(12, 16)).toString());
  if (range !== 'unicast') return `IPv6 ${range}`;
  return v6.match(GLOBAL_UNICAST) ? null : 'IPv6 outside global unicast 2000::/3';
}

const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96') as [ipaddr.IPv6, number];
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

function embedded(form: string, ipv4: string): string | null {
  const why = refusalOf(ipv4);
  return why ? `${form} carrying ${ipv4} (${why})` : null;
}

/** A webhook's address was refused: nothing was sent. */
class RefusedAddressError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
  constructor(host: string, address: string, why: string) {
    super(`${host} resolves to ${address}, which is not globally routable (${why}): not called`);
  }
}

export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true });

export interface AddressPolicy {
  /** Production refuses what refusalOf refuses; development and tests call loopback and private hosts. */
  production: boolean;
  /** How host names are resolved (the system resolver; tests give their own). */
  resolve?: Resolve;
}

/**
 * The lookup a webhook connection uses: the host is resolved ONCE, every address is checked, and the
 * socket connects to one of those checked addresses. A guard that resolved the name and then let the
 * HTTP client resolve it again could be answered with a public address the first time and 127.0.0.1
 * the second (DNS rebinding); here there is no second time.
 */
function pinnedLookup(policy: AddressPolicy): LookupFunction {
  const resolve = policy.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        for (const { address } of addresses) {
          const why = policy.production ? refusalOf(address) : null;
          if (why) return callback(new RefusedAddressError(hostname, address, why), '', 0);
        }
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (!wanted.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        // net asks for all addresses when it may try several (autoSelectFamily), else for one.
        if (options.all) return (callback as unknown as (err: null, all: typeof wanted) => void)(null, wanted);
        return callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/**
 * The HTTP agent of webhook deliveries. Its connections are made through pinnedLookup; a URL whose
 * host is an IP literal is never looked up (net connects to it directly), so it is checked here. TLS
 * still verifies the certificate against the URL's host name (undici passes it as servername), not
 * against the address.
 */
export function webhookAgent(policy: AddressPolicy & { connectTimeoutMs: number /** Tests' own CA; else the system's. */; ca?: string }): Agent {
  const connector = buildConnector({ lookup: pinnedLookup(policy), timeout: policy.connectTimeoutMs, ...(policy.ca ? { ca: policy.ca } : {}) });
  return new Agent({
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[|\]$/g, '');
      const why = policy.production && isIP(host) ? refusalOf(host) : null;
      if (why) return callback(new RefusedAddressError(options.hostname, host, why), null);
      return connector(options, callback);
    },
  });
}
