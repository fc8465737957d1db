import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret, SecretUnreadableError } from '../../src/lib/secretBox.js';

// The API keys of AI agents at rest: AES-256-GCM under AI_SECRET_KEY, bound to the company they belong to.
const key = randomBytes(32).toString('hex');
const apiKey = 'sk-proj-Atende-test-0123456789abcdefghijklmnopqrstuvwxyz';

it('opens what it sealed, and the sealed form holds neither the key nor a repeated IV', () => {
  const first = sealSecret(apiKey, key, 'company:1');
  const second = sealSecret(apiKey, key, 'company:1');
  expect(openSecret(first, key, 'company:1')).toBe(apiKey);
  expect(openSecret(second, key, 'company:1')).toBe(apiKey);
  expect(first).not.toBe(second); // a fresh IV per value
  expect(first.split(':')[1]).not.toBe(second.split(':')[1]);
  expect(first).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
  for (const part of [apiKey, apiKey.slice(8, 30), Buffer.from(apiKey).toString('base64'), Buffer.from(apiKey).toString('hex')]) {
    expect(first).not.toContain(part);
  }
});

it('refuses another install key, another company, and any changed byte', () => {
  const sealed = sealSecret(apiKey, key, 'company:1');
  const refused = (value: string, withKey = key, context = 'company:1') => {
    try {
      openSecret(value, withKey, context);
      return 'opened';
    } catch (err) {
      return err instanceof SecretUnreadableError ? 'refused' : String(err);
    }
  };
  expect(refused(sealed, randomBytes(32).toString('hex'))).toBe('refused');
  expect(refused(sealed, key, 'company:2')).toBe('refused');
  const [version, iv, tag, body] = sealed.split(':') as [string, string, string, string];
  const flip = (part: string) => Buffer.from(Buffer.from(part, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url');
  expect(refused([version, iv, tag, flip(body)].join(':'))).toBe('refused');
  expect(refused([version, iv, flip(tag), body].join(':'))).toBe('refused');
  expect(refused([version, flip(iv), tag, body].join(':'))).toBe('refused');
  expect(refused(['v2', iv, tag, body].join(':'))).toBe('refused');
  expect(refused('not sealed at all')).toBe('refused');
  expect(refused(sealed)).toBe('opened');
});
