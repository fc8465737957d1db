import { many } from '../../src/db/sql.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// An install without AI_SECRET_KEY (one from before the AI agents whose .env install.sh has not completed, a
// hand-made .env): API keys are refused, never stored in plain text; agents without a key (a local Ollama) work.
let app: TestApp;
let admin: { token: string };
beforeAll(async () => {
  app = await startTestApp({ AI_SECRET_KEY: '' }); // empty is "not set", as in .env files
  admin = await app.api.login(ADMIN.email, ADMIN.password);
}, 60_000);
afterAll(() => app?.stop());

it('refuses to store an API key with 409 ERR_AI_SECRET_KEY_MISSING, and stores nothing', async () => {
  expect(app.config.ai.secretKey).toBeUndefined();
  const body = { name: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-never-stored-0123456789' };
  const refused = await app.api.post('/api/ai-agents', body, { token: admin.token });
  expect([refused.status, refused.body.error.code]).toEqual([409, 'ERR_AI_SECRET_KEY_MISSING']);
  expect(await many(`SELECT id FROM "AiAgents" WHERE name = 'OpenAI'`)).toEqual([]);

  const keyless = await app.api.post(
    '/api/ai-agents',
    { ...body, name: 'Ollama', baseUrl: 'http://localhost:11434/v1', apiKey: undefined },
    { token: admin.token },
  );
  expect([keyless.status, keyless.body.aiAgent?.hasApiKey]).toEqual([201, false]);
  const adding = await app.api.put(
    `/api/ai-agents/${keyless.body.aiAgent.id}`,
    { apiKey: 'sk-never-stored-0123456789', temperature: 1 },
    { token: admin.token },
  );
  expect([adding.status, adding.body.error.code]).toEqual([409, 'ERR_AI_SECRET_KEY_MISSING']);
  expect(await many(`SELECT temperature, "apiKeyEncrypted" FROM "AiAgents" WHERE id = :id`, { id: keyless.body.aiAgent.id })).toEqual([
    { temperature: 0.3, apiKeyEncrypted: null },
  ]);
  // Removing a key needs no install key.
  expect((await app.api.put(`/api/ai-agents/${keyless.body.aiAgent.id}`, { apiKey: null }, { token: admin.token })).status).toBe(200);
});
