import path from 'node:path';
import { z } from 'zod';
import { hostPolicy, parseTrustProxy, type HttpPolicy } from './http/http-policy';
import { strictTransportSecurity } from './http/security-headers';

// Read and validated once at start; everything else receives a Config.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CONTENT_DIR: z.string().min(1).default('content'),
  DATA_DIR: z.string().min(1).default('data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FEEDBACK_ADMIN_TOKEN: z
    .string()
    .min(16, { message: 'must be at least 16 characters (editors sign in with it)' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  FEEDBACK_RETENTION_MONTHS: z.coerce
    .number({ message: 'must be a whole number of months' })
    .int({ message: 'must be a whole number of months' })
    .min(1, { message: 'must be at least 1 (month)' })
    .default(6),
  BENCH_ROUTES: z.enum(['0', '1']).default('0'),
  TRUST_PROXY: z.string().default('false'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address, like https://news.example' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((list) =>
      list
        ?.split(',')
        .map((host) => host.trim())
        .filter((host) => host !== ''),
    )
    .transform((hosts) => (hosts && hosts.length > 0 ? hosts : undefined)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/./, {
      message: 'must be a postgres:// address, like postgres://user@host:5432/broadsheet',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CACHE_PURGE_URLS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be http(s) addresses, like http://127.0.0.1:6081' }))),
  FEEDBACK_DIGEST_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address, like https://hooks.example/digest' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HSTS_MAX_AGE: z.coerce.number().int().min(0).default(31_536_000),
  HSTS_INCLUDE_SUBDOMAINS: z.enum(['0', '1']).default('0'),
  SHUTDOWN_GRACE_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int({ message: 'must be a whole number of milliseconds' })
    .min(0, { message: 'must be 0 or more (milliseconds)' })
    .default(2_000),
});

/** Every environment variable the server reads (the README's settings table lists each). */
export const SETTING_NAMES = Object.keys(envSchema.shape);

export type Config = {
  port: number;
  host: string;
  contentDir: string;
  dataDir: string;
  /** PostgreSQL, shared by several instances; unset, SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  dev: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Unset: the editor endpoints answer 403. */
  adminToken: string | undefined;
  /** Accepted feedback submissions per client per minute. */
  feedbackRateLimit: number;
  /** Comments older than this many months are deleted (the ratings and counts stay). */
  feedbackRetentionMonths: number;
  /** Where `npm run feedback:digest` POSTs the day's digest as JSON; unset, it only prints it. */
  digestUrl: string | undefined;
  /** The benchmark's baseline routes (never on in production). */
  benchRoutes: boolean;
  /** Proxies trusted, hosts answered, the public origin and HSTS. */
  http: HttpPolicy;
  /** Shared caches in front (Varnish), told to drop what a content change touches. */
  cachePurgeUrls: string[];
  /** On SIGTERM, how long requests already being answered may take before their connections are cut. */
  shutdownGraceMs: number;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    contentDir: path.resolve(e.CONTENT_DIR),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dev: e.NODE_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    adminToken: e.FEEDBACK_ADMIN_TOKEN,
    feedbackRateLimit: e.FEEDBACK_RATE_LIMIT,
    feedbackRetentionMonths: e.FEEDBACK_RETENTION_MONTHS,
    digestUrl: e.FEEDBACK_DIGEST_URL,
    benchRoutes: e.BENCH_ROUTES === '1',
    http: {
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      allowedHosts: hostPolicy(e.HOST, e.PUBLIC_URL, e.ALLOWED_HOSTS),
      publicOrigin: e.PUBLIC_URL && new URL(e.PUBLIC_URL).origin,
      hsts: strictTransportSecurity({ maxAge: e.HSTS_MAX_AGE, includeSubDomains: e.HSTS_INCLUDE_SUBDOMAINS === '1' }),
    },
    cachePurgeUrls: e.CACHE_PURGE_URLS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
