import { isIP } from 'node:net';

/** Which Host headers the server answers: DNS rebinding points a name the attacker owns at this server. */
export type HostPolicy = 'any' | { names: string[]; ipLiterals: boolean };

/** How the server sees itself on the network; read from the environment once (config.ts). */
export type HttpPolicy = {
  /** Whose X-Forwarded-For/-Proto/-Host to believe: Fastify's `trustProxy`. */
  trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
  allowedHosts: HostPolicy;
  /** The public address's origin (PUBLIC_URL), accepted for writes beside the request's own. */
  publicOrigin?: string;
  /** The Strict-Transport-Security value sent over HTTPS; undefined sends none. */
  hsts?: string;
};

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** Tests and anything that does not say: loopback only, HSTS for a year over HTTPS, no proxy trusted. */
export const LOCAL_HTTP_POLICY: HttpPolicy = {
  trustProxy: false,
  allowedHosts: { names: LOOPBACK_NAMES, ipLiterals: false },
  hsts: 'max-age=31536000',
};

/**
 * ALLOWED_HOSTS when set ('*' turns the check off); otherwise the listening host and PUBLIC_URL's host. A server
 * listening on every address also answers any IP address (a literal address cannot be rebound), and a loopback
 * one answers `localhost` too.
 */
export function hostPolicy(
  listenHost: string,
  publicUrl: string | undefined,
  allowed: string[] | undefined,
): HostPolicy {
  if (allowed) return allowed.includes('*') ? 'any' : { names: allowed.map(normalizeHost), ipLiterals: false };
  const wildcard = listenHost === '0.0.0.0' || listenHost === '::';
  const loopback = wildcard || LOOPBACK_NAMES.includes(listenHost) || listenHost.startsWith('127.');
  const names = [normalizeHost(listenHost), ...(loopback ? LOOPBACK_NAMES : [])];
  if (publicUrl) names.push(normalizeHost(new URL(publicUrl).hostname));
  return { names: [...new Set(names)], ipLiterals: wildcard };
}

/** A Host header's name: lower-cased, without the port, an IPv6 address without its brackets. */
export function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  return normalizeHost(bracketed ? (bracketed[1] as string) : host.replace(/:\d*$/, ''));
}

export function hostAllowed(policy: HostPolicy, host: string | undefined): boolean {
  if (policy === 'any') return true;
  const name = hostName(host);
  if (name === undefined) return false;
  return policy.names.includes(name) || (policy.ipLiterals && isIP(name) !== 0);
}

const normalizeHost = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/** TRUST_PROXY: `true`/`false`, a number of hops, or a comma-separated list of proxy addresses (CIDR allowed). */
export function parseTrustProxy(value: string): HttpPolicy['trustProxy'] {
  const text = value.trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return text.split(',').map((entry) => entry.trim());
}
