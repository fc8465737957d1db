import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../errors/AppError.js';

// A webhook's target is checked when it is saved, so an admin hears at once that a private address is refused:
// every address the name resolves to must be public unicast (not private, loopback, link-local, carrier NAT,
// reserved…). The delivery is guarded again on the address actually connected to (lib/guardedHttp.ts): a name
// that resolves to a public address today and to 127.0.0.1 tomorrow is still refused then.

const LOOKUP_TIMEOUT_MS = 5_000;

function isPublic(address: string): boolean {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

async function addressesOf(hostname: string): Promise<string[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1'); // IPv6 literals keep their brackets in URL.hostname
  if (ipaddr.isValid(host)) return [host];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), LOOKUP_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([lookup(host, { all: true, verbatim: true }), timeout])).map((a) => a.address);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/** Refuses (400) a URL whose host does not resolve, or resolves to a non-public address unless `allowLocal`. */
export async function checkWebhookUrl(url: string, allowLocal: boolean): Promise<void> {
  if (allowLocal) return;
  const addresses = await addressesOf(new URL(url).hostname);
  if (addresses.length === 0) throw AppError.badRequest('ERR_WEBHOOK_URL_UNRESOLVED', 'The address’s host name does not resolve');
  if (!addresses.every(isPublic)) {
    throw AppError.badRequest('ERR_WEBHOOK_URL_PRIVATE', 'The address is private, loopback or link-local; allow local targets to use it');
  }
}
