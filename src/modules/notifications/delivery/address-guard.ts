import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Addresses a production hub never calls: loopback, private, link-local, carrier-grade NAT,
// unique-local. A host on the allow-list that resolves to one of them is refused at delivery time.
const internal = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  internal.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::1', 128], ['fc00::', 7], ['fe80::', 10], ['::', 128]] as const) internal.addSubnet(net, prefix, 'ipv6');

/** Throws when the host resolves to an internal address (production only; tests and development call loopback). */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  for (const { address, family } of addresses) {
    if (internal.check(address, family === 6 ? 'ipv6' : 'ipv4')) throw new Error(`${hostname} resolves to an internal address (${address}): not called`);
  }
}
