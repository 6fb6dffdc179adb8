import type { FastifyInstance } from 'fastify';

// Inline script and style only as the exact boot script and stylesheets the server put in the page template,
// allowed by hash; page data travels in a <script type="application/json">, which is never executed.
export const contentSecurityPolicy = (styleSources: string[] = [], scriptSources: string[] = []) => ({
  'default-src': ["'self'"],
  'script-src': ["'self'", ...scriptSources],
  'style-src': ["'self'", ...styleSources],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
});

// The reader uses none of these powerful features: deny them to the page and anything it embeds.
export const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

export type SecurityHeaderOptions = {
  /** CSP sources ('sha256-…') for the stylesheets inlined in the page template. */
  styleSources?: string[];
  /** CSP sources for the boot script inlined in the page template. */
  scriptSources?: string[];
  /** Development serves Vite's inline preamble, which the CSP would block. */
  dev?: boolean;
};

/**
 * The headers every answer carries, whichever path produced it: a page, the API, a guard's refusal, a framework
 * error before routing, or Node's own answer to a request it could not parse (`client-error.ts`).
 */
export function securityHeaders({
  styleSources = [],
  scriptSources = [],
  dev = false,
}: SecurityHeaderOptions): Record<string, string> {
  const csp = Object.entries(contentSecurityPolicy(styleSources, scriptSources))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
  return {
    ...(dev ? {} : { 'content-security-policy': csp }),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    // The same rule as frame-ancestors 'none', for browsers that predate it.
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'permissions-policy': permissionsPolicy,
  };
}

export type TransportSecurity = {
  /** Seconds browsers keep to HTTPS; 0 sends no HSTS at all. */
  maxAge: number;
  includeSubDomains: boolean;
};

/** The HSTS value, or undefined when it is switched off. */
export function strictTransportSecurity({ maxAge, includeSubDomains }: TransportSecurity): string | undefined {
  if (maxAge <= 0) return undefined;
  return `max-age=${maxAge}${includeSubDomains ? '; includeSubDomains' : ''}`;
}

/**
 * Set first, before any guard can answer. HSTS only over HTTPS: over plain HTTP it means nothing to a browser
 * and tells a reader on a misconfigured proxy nothing true. Behind a proxy, `request.protocol` reads
 * X-Forwarded-Proto only when the proxy is trusted (TRUST_PROXY).
 */
export function registerSecurityHeaders(
  app: FastifyInstance,
  headers: Record<string, string>,
  hsts: string | undefined,
): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    if (hsts && request.protocol === 'https') reply.header('strict-transport-security', hsts);
  });
}
