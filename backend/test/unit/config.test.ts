import { ConfigError, loadConfig } from '../../src/config/index.js';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/atende',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a'.repeat(32),
  JWT_REFRESH_SECRET: 'b'.repeat(32),
};

it('reads a minimal environment with safe defaults', () => {
  const config = loadConfig(base);
  expect(config).toMatchObject({ port: 8080, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, cookieSecure: false, log: { format: 'pretty' } });
  expect(loadConfig({ ...base, NODE_ENV: 'production' })).toMatchObject({ cookieSecure: true, log: { format: 'json' } });
});

it('treats empty variables as unset, as .env files and compose do', () => {
  expect(loadConfig({ ...base, PORT: '', WA_WEBSOCKET_URL: '' })).toMatchObject({ port: 8080, waWebSocketUrl: undefined });
});

it('refuses to start with missing or weak secrets, naming every problem', () => {
  try {
    loadConfig({ DATABASE_URL: 'not a url', REDIS_URL: base.REDIS_URL, JWT_SECRET: 'short' });
    throw new Error('loadConfig accepted a broken environment');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/JWT_SECRET/);
    expect(problems).toMatch(/JWT_REFRESH_SECRET/);
  }
});

it('parses lists and booleans', () => {
  const config = loadConfig({ ...base, FRONTEND_URL: 'https://a.example, https://b.example', COOKIE_SECURE: 'false', NODE_ENV: 'production' });
  expect(config.frontendUrls).toEqual(['https://a.example', 'https://b.example']);
  expect(config.cookieSecure).toBe(false);
});

it('takes an AI_SECRET_KEY of 32 bytes in hex only, and bounds the AI timeout', () => {
  const key = 'aB'.repeat(32);
  expect(loadConfig({ ...base, AI_SECRET_KEY: key }).ai).toEqual({ secretKey: key, timeoutMs: 20_000, concurrency: 50, debounceMs: 2_000 });
  expect(loadConfig(base).ai.secretKey).toBeUndefined();
  for (const bad of [{ AI_SECRET_KEY: 'a'.repeat(63) }, { AI_SECRET_KEY: 'g'.repeat(64) }, { AI_SECRET_KEY: 'a short passphrase' }, { AI_TIMEOUT_MS: '10' }]) {
    expect(() => loadConfig({ ...base, ...bad })).toThrow(ConfigError);
  }
  expect(() => loadConfig({ ...base, AI_SECRET_KEY: 'a short passphrase' })).toThrow(/AI_SECRET_KEY.*openssl rand -hex 32/);
});

it('bounds how many conversations the AI step answers at once and how long it waits for more messages', () => {
  expect(loadConfig({ ...base, AI_CONCURRENCY: '8', AI_DEBOUNCE_MS: '0' }).ai).toMatchObject({ concurrency: 8, debounceMs: 0 });
  for (const bad of [{ AI_CONCURRENCY: '0' }, { AI_CONCURRENCY: '1.5' }, { AI_DEBOUNCE_MS: '-1' }, { AI_DEBOUNCE_MS: '60001' }]) {
    expect(() => loadConfig({ ...base, ...bad })).toThrow(ConfigError);
  }
});
