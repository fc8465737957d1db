import { ctx } from '../../src/context.js';
import { findAgentFor, findAiAgent, insertAiAgent, isAiAgentNameTaken, listAiAgents, updateAiAgentRow } from '../../src/db/aiAgents.js';
import { insertAiUsage } from '../../src/db/aiUsage.js';
import { exec, one } from '../../src/db/sql.js';
import { createQueue } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

// Migration 0020 and the statements of db/aiAgents.ts and db/aiUsage.ts against the real database: the
// table's defaults and limits hold even for a write that skips the API's schemas.
let app: TestApp;
let companyId: number;
beforeAll(async () => {
  app = await startTestApp();
  companyId = (await one<{ id: number }>(`SELECT id FROM "Companies" ORDER BY id LIMIT 1`))!.id;
}, 60_000);
afterAll(() => app?.stop());

const insert = (name: string, extra: Record<string, unknown> = {}) =>
  ctx().sequelize.transaction((transaction) => insertAiAgent(transaction, companyId, { name, baseUrl: 'http://127.0.0.1:1/v1', model: 'gpt-test', ...extra }));

it('creates an agent with the defaults of issue 13 and changes only what differs', async () => {
  const agent = await insert('Padrões');
  expect(agent).toMatchObject({
    companyId,
    apiKeyEncrypted: null,
    systemPrompt: '',
    knowledge: '',
    temperature: 0.3,
    historyWindow: 12,
    maxTurns: 10,
    handoffKeywords: ['atendente', 'humano'],
    confidenceThreshold: 0.5,
    transcribeAudio: false,
    transcriptionModel: 'whisper-1',
    enabled: true,
  });
  expect(agent.handoffMessage.length).toBeGreaterThan(0);
  const unchanged = await ctx().sequelize.transaction(async (transaction) =>
    updateAiAgentRow(transaction, (await findAiAgent(companyId, agent.id, transaction))!, { handoffKeywords: ['atendente', 'humano'], maxTurns: 10 }),
  );
  expect(unchanged.updatedAt).toEqual(agent.updatedAt);
  const changed = await ctx().sequelize.transaction(async (transaction) =>
    updateAiAgentRow(transaction, (await findAiAgent(companyId, agent.id, transaction))!, {
      handoffKeywords: ["pessoa d'aqui", 'gerente'],
      apiKeyEncrypted: 'v1:x:y:z',
    }),
  );
  expect(changed).toMatchObject({ handoffKeywords: ["pessoa d'aqui", 'gerente'], apiKeyEncrypted: 'v1:x:y:z', maxTurns: 10 });
  const cleared = await ctx().sequelize.transaction(async (transaction) => updateAiAgentRow(transaction, changed, { apiKeyEncrypted: null }));
  expect(cleared.apiKeyEncrypted).toBeNull();
  expect((await listAiAgents(companyId)).map((a) => a.name)).toContain('Padrões');
});

it('refuses a duplicate name whatever its case, a knowledge text over 20 000 characters and an out-of-range setting', async () => {
  await insert('Vendas');
  const duplicate = await insert('VENDAS').catch((err: unknown) => err);
  expect(isAiAgentNameTaken(duplicate)).toBe(true);
  const invalid = [{ knowledge: 'x'.repeat(20_001) }, { temperature: 2.5 }, { historyWindow: 0 }, { confidenceThreshold: 1.5 }, { baseUrl: 'ftp://x' }];
  for (const [i, extra] of invalid.entries()) await expect(insert(`Inválido ${i}`, extra)).rejects.toThrow(/check constraint/);
  expect((await insert('Grande', { knowledge: 'x'.repeat(20_000) })).knowledge).toHaveLength(20_000);
});

it('finds the agent of a ticket: the queue’s wins over the connection’s, a disabled one answers nothing', async () => {
  const ofConnection = await insert('Da conexão');
  const ofQueue = await insert('Da fila');
  const whatsappId = (await one<{ id: number }>(
    `INSERT INTO "Whatsapps" ("companyId", name, "aiAgentId", "createdAt", "updatedAt") VALUES (:companyId, 'Conexão IA', :aiAgentId, now(), now()) RETURNING id`,
    { companyId, aiAgentId: ofConnection.id },
  ))!.id;
  const queueId = await createQueue(companyId, 'Fila IA');
  expect((await findAgentFor(companyId, { whatsappId, queueId }))?.id).toBe(ofConnection.id);
  await exec(`UPDATE "Queues" SET "aiAgentId" = :aiAgentId WHERE id = :queueId`, { aiAgentId: ofQueue.id, queueId });
  expect((await findAgentFor(companyId, { whatsappId, queueId }))?.id).toBe(ofQueue.id);
  await exec(`UPDATE "AiAgents" SET enabled = false WHERE id = :id`, { id: ofQueue.id });
  expect(await findAgentFor(companyId, { whatsappId, queueId })).toBeUndefined();
  expect(await findAgentFor(companyId + 1_000, { whatsappId, queueId: null })).toBeUndefined();
});

it('keeps what was spent when the agent goes, and the new columns of tickets, messages and contacts have their defaults', async () => {
  const agent = await insert('Efêmero');
  const usage = await insertAiUsage({
    companyId,
    aiAgentId: agent.id,
    ticketId: null,
    purpose: 'test',
    model: 'gpt-test',
    promptTokens: 12,
    completionTokens: 3,
  });
  await exec(`DELETE FROM "AiAgents" WHERE id = :id`, { id: agent.id });
  expect(await one(`SELECT "aiAgentId", "promptTokens", "completionTokens" FROM "AiUsage" WHERE id = :id`, { id: usage.id })).toEqual({
    aiAgentId: null,
    promptTokens: 12,
    completionTokens: 3,
  });
  await expect(insertAiUsage({ ...usage, purpose: 'other' as 'test' })).rejects.toThrow(/check constraint/);
  const defaults = await one(
    `SELECT (SELECT column_default FROM information_schema.columns WHERE table_name = 'Tickets' AND column_name = 'botActive') AS "botActive",
            (SELECT column_default FROM information_schema.columns WHERE table_name = 'Messages' AND column_name = 'fromAi') AS "fromAi",
            (SELECT column_default FROM information_schema.columns WHERE table_name = 'Contacts' AND column_name = 'leadScore') AS "leadScore"`,
  );
  // No score until the AI agent or a person gives one (migration 0021): unscored is not "cold".
  expect(defaults).toEqual({ botActive: 'false', fromAi: 'false', leadScore: null });
});
