import { z } from 'zod';

// The only place that reads the environment: everything else receives a typed Config.
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().url(),
  REDIS_PREFIX: z.string().min(1).default('atende:'),
  JWT_SECRET: z.string().min(16, 'JWT_SECRET must have at least 16 characters'),
  JWT_REFRESH_SECRET: z.string().min(16, 'JWT_REFRESH_SECRET must have at least 16 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(10),
  ADMIN_NAME: z.string().min(1).default('Administrador'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD must have at least 8 characters').optional(),
  COMPANY_NAME: z.string().min(1).default('Atende'),
  FRONTEND_URL: csv.default([]),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: z.string().default('loopback'),
  BODY_LIMIT: z.string().default('1mb'),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  LOGIN_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(8),
  METRICS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  MEDIA_DIR: z.string().default('./data/media'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(16 * 1024 * 1024),
  WA_WEBSOCKET_URL: z.string().url().optional(),
  WA_MAX_QR_CODES: z.coerce.number().int().min(1).max(50).default(5),
  WA_QR_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300000).default(60000),
  WA_MAX_RECONNECTS: z.coerce.number().int().min(1).max(1000).default(10),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  AI_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'AI_SECRET_KEY must be 64 hexadecimal characters (32 bytes), e.g. the output of `openssl rand -hex 32`')
    .optional(),
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(300000).default(20000),
  AI_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(50),
  AI_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60000).default(2000),
  CAMPAIGN_MAX_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(6000).default(120),
  API_TOKEN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(120),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  WEBHOOK_DISABLE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(30 * 86_400_000)
    .default(86_400_000),
});

export type Env = z.input<typeof EnvSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolMax: number;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
  jwtRefreshSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  bcryptRounds: number;
  seed: { companyName: string; adminName: string; adminEmail?: string; adminPassword?: string };
  frontendUrls: string[];
  cookieSecure: boolean;
  trustProxy: string;
  bodyLimit: string;
  loginRateLimit: { windowSeconds: number; perIp: number; perEmail: number };
  metricsToken?: string;
  log: { level: string; format: 'json' | 'pretty' };
  mediaDir: string;
  uploadMaxBytes: number;
  waWebSocketUrl?: string;
  /** Unscanned QR codes shown before a session stops and waits for a click (status TIMEOUT). */
  waMaxQrCodes: number;
  /** How long each QR code is shown before WhatsApp rotates it. */
  waQrTimeoutMs: number;
  /** Consecutive failed reconnects before the admins are alerted; reconnecting goes on at the capped delay. */
  waMaxReconnects: number;
  shutdownTimeoutMs: number;
  ai: {
    /** The key that encrypts the AI agents' API keys at rest (lib/secretBox.ts); without it no key can be saved. */
    secretKey?: string;
    /** How long one request to a model may take (the openai SDK's default is 10 minutes). */
    timeoutMs: number;
    /** How many tickets the AI step answers at once in this process (each waits on its model, not on the CPU). */
    concurrency: number;
    /** How long the AI step waits after a customer's message for more before answering: a burst gets one answer. */
    debounceMs: number;
  };
  /**
   * The highest rate a campaign may be given (messages per minute per connection): WhatsApp bans numbers that
   * blast. 120 by default; the benchmark raises it to measure the scheduler, not WhatsApp's patience.
   */
  campaignMaxRatePerMinute: number;
  /** Requests one API token may make per minute (issue 16), across every backend process; then 429 + Retry-After. */
  apiTokenRatePerMinute: number;
  webhooks: {
    /** The first retry's delay; each next one is 4× longer (capped). Tests shorten it. */
    retryBaseMs: number;
    /** A webhook whose every delivery fails for this long is disabled and its company's admins alerted (a day). */
    disableAfterMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as "not set", as they do in docker-compose and .env files. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    jwtSecret: e.JWT_SECRET,
    jwtRefreshSecret: e.JWT_REFRESH_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    bcryptRounds: e.BCRYPT_ROUNDS,
    seed: {
      companyName: e.COMPANY_NAME,
      adminName: e.ADMIN_NAME,
      adminEmail: e.ADMIN_EMAIL,
      adminPassword: e.ADMIN_PASSWORD,
    },
    frontendUrls: e.FRONTEND_URL,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    bodyLimit: e.BODY_LIMIT,
    loginRateLimit: {
      windowSeconds: e.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
      perIp: e.LOGIN_RATE_LIMIT_PER_IP,
      perEmail: e.LOGIN_RATE_LIMIT_PER_EMAIL,
    },
    metricsToken: e.METRICS_TOKEN,
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (production ? 'json' : 'pretty') },
    mediaDir: e.MEDIA_DIR,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    waWebSocketUrl: e.WA_WEBSOCKET_URL,
    waMaxQrCodes: e.WA_MAX_QR_CODES,
    waQrTimeoutMs: e.WA_QR_TIMEOUT_MS,
    waMaxReconnects: e.WA_MAX_RECONNECTS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    ai: { secretKey: e.AI_SECRET_KEY, timeoutMs: e.AI_TIMEOUT_MS, concurrency: e.AI_CONCURRENCY, debounceMs: e.AI_DEBOUNCE_MS },
    campaignMaxRatePerMinute: e.CAMPAIGN_MAX_RATE_PER_MINUTE,
    apiTokenRatePerMinute: e.API_TOKEN_RATE_PER_MINUTE,
    webhooks: { retryBaseMs: e.WEBHOOK_RETRY_BASE_MS, disableAfterMs: e.WEBHOOK_DISABLE_AFTER_MS },
  };
}
