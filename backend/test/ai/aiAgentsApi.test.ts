import type { Socket } from 'socket.io-client';
import { createAttendant } from '../support/factories.js';
import { connectSocket, nextEvent } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// /api/ai-agents: admins write, everyone in the company reads (never a key), another company's agent does not
// exist; connections and queues take an agent with aiAgentId.
let app: TestApp;
let admin: { token: string };
let supervisor: { token: string };
let attendant: { token: string };
let adminB: { token: string; user: { companyId: number } };
let socket: Socket;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  supervisor = await createAttendant(app.api, admin.token, 'Sueli Supervisora', 'supervisor');
  attendant = await createAttendant(app.api, admin.token, 'Ana Atendente');
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
  socket = await connectSocket(app.url, attendant.token);
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
});

const agentBody = (name: string, extra: Record<string, unknown> = {}) => ({ name, baseUrl: 'https://api.openai.com/v1/', model: 'gpt-4o-mini', ...extra });

it('an admin creates, reads, changes and deletes an agent; the company hears of each change by id', async () => {
  const created = nextEvent<{ action: string; aiAgentId: number }>(socket, 'aiAgent', (e) => e.action === 'created');
  const res = await app.api.post(
    '/api/ai-agents',
    agentBody('Atendente virtual', {
      systemPrompt: 'Você é a assistente da Loja.',
      knowledge: 'Horário: 9h às 18h',
      handoffKeywords: ['Atendente', 'atendente', ' Gerente '],
    }),
    { token: admin.token },
  );
  expect(res.status).toBe(201);
  expect(res.body.aiAgent).toMatchObject({
    name: 'Atendente virtual',
    baseUrl: 'https://api.openai.com/v1', // the trailing slash goes
    hasApiKey: false,
    model: 'gpt-4o-mini',
    systemPrompt: 'Você é a assistente da Loja.',
    knowledge: 'Horário: 9h às 18h',
    temperature: 0.3,
    historyWindow: 12,
    maxTurns: 10,
    handoffKeywords: ['atendente', 'gerente'],
    confidenceThreshold: 0.5,
    transcribeAudio: false,
    transcriptionModel: 'whisper-1',
    enabled: true,
  });
  const id = res.body.aiAgent.id as number;
  expect((await created).aiAgentId).toBe(id);

  // Everyone in the company reads it, the attendant too.
  expect((await app.api.get(`/api/ai-agents/${id}`, { token: attendant.token })).body.aiAgent.name).toBe('Atendente virtual');
  expect((await app.api.get('/api/ai-agents', { token: supervisor.token })).body.aiAgents.map((a: { id: number }) => a.id)).toContain(id);

  const updated = nextEvent<{ action: string; aiAgentId: number }>(socket, 'aiAgent', (e) => e.action === 'updated');
  const changed = await app.api.put(
    `/api/ai-agents/${id}`,
    { temperature: 1.2, maxTurns: 4, enabled: false, handoffMessage: 'Um momento!' },
    { token: admin.token },
  );
  expect(changed.status).toBe(200);
  expect(changed.body.aiAgent).toMatchObject({ temperature: 1.2, maxTurns: 4, enabled: false, handoffMessage: 'Um momento!', knowledge: 'Horário: 9h às 18h' });
  expect((await updated).aiAgentId).toBe(id);

  const deleted = nextEvent<{ action: string; aiAgentId: number }>(socket, 'aiAgent', (e) => e.action === 'deleted');
  expect((await app.api.delete(`/api/ai-agents/${id}`, { token: admin.token })).status).toBe(204);
  expect((await deleted).aiAgentId).toBe(id);
  const gone = await app.api.get(`/api/ai-agents/${id}`, { token: admin.token });
  expect([gone.status, gone.body.error.code]).toEqual([404, 'ERR_AI_AGENT_NOT_FOUND']);
});

it('only admins write agents or try them: supervisors and attendants get 403', async () => {
  const id = (await app.api.post('/api/ai-agents', agentBody('Só admin'), { token: admin.token })).body.aiAgent.id as number;
  for (const who of [supervisor, attendant]) {
    const answers = [
      await app.api.post('/api/ai-agents', agentBody('Intruso'), { token: who.token }),
      await app.api.put(`/api/ai-agents/${id}`, { name: 'Intruso' }, { token: who.token }),
      await app.api.delete(`/api/ai-agents/${id}`, { token: who.token }),
      await app.api.post(`/api/ai-agents/${id}/test`, { messages: [{ role: 'user', content: 'oi' }] }, { token: who.token }),
      await app.api.get(`/api/ai-agents/${id}/models`, { token: who.token }),
    ];
    expect(answers.map((r) => [r.status, r.body.error?.code])).toEqual(Array(5).fill([403, 'ERR_FORBIDDEN']));
  }
  expect((await app.api.get(`/api/ai-agents/${id}`, { token: admin.token })).body.aiAgent.name).toBe('Só admin');
  expect((await app.api.get('/api/ai-agents')).status).toBe(401);
});

it('another company’s agent does not exist: 404 on every route, and B’s list holds only B’s', async () => {
  const ofA = (await app.api.post('/api/ai-agents', agentBody('Agente de A'), { token: admin.token })).body.aiAgent.id as number;
  const ofB = (await app.api.post('/api/ai-agents', agentBody('Agente de B'), { token: adminB.token })).body.aiAgent.id as number;
  const answers = [
    await app.api.get(`/api/ai-agents/${ofA}`, { token: adminB.token }),
    await app.api.put(`/api/ai-agents/${ofA}`, { name: 'Roubado' }, { token: adminB.token }),
    await app.api.delete(`/api/ai-agents/${ofA}`, { token: adminB.token }),
    await app.api.post(`/api/ai-agents/${ofA}/test`, { messages: [{ role: 'user', content: 'oi' }] }, { token: adminB.token }),
    await app.api.get(`/api/ai-agents/${ofA}/models`, { token: adminB.token }),
  ];
  expect(answers.map((r) => [r.status, r.body.error?.code])).toEqual(Array(5).fill([404, 'ERR_AI_AGENT_NOT_FOUND']));
  const listOfB = (await app.api.get('/api/ai-agents', { token: adminB.token })).body.aiAgents as { id: number; companyId: number }[];
  expect(listOfB.map((a) => a.id)).toContain(ofB);
  expect(listOfB.map((a) => a.id)).not.toContain(ofA);
  expect(new Set(listOfB.map((a) => a.companyId))).toEqual(new Set([adminB.user.companyId]));
  expect((await app.api.get(`/api/ai-agents/${ofA}`, { token: admin.token })).body.aiAgent.name).toBe('Agente de A');
});

it('a name is unique per company whatever its case (409); another company may use it', async () => {
  await app.api.post('/api/ai-agents', agentBody('Vendas'), { token: admin.token });
  const again = await app.api.post('/api/ai-agents', agentBody('VENDAS'), { token: admin.token });
  expect([again.status, again.body.error.code]).toEqual([409, 'ERR_AI_AGENT_NAME_IN_USE']);
  const other = (await app.api.post('/api/ai-agents', agentBody('Suporte'), { token: admin.token })).body.aiAgent.id as number;
  expect((await app.api.put(`/api/ai-agents/${other}`, { name: 'vendas' }, { token: admin.token })).body.error.code).toBe('ERR_AI_AGENT_NAME_IN_USE');
  expect((await app.api.post('/api/ai-agents', agentBody('Vendas'), { token: adminB.token })).status).toBe(201);
});

it('refuses bad input with 400 ERR_VALIDATION naming the field, and stores nothing', async () => {
  const before = (await app.api.get('/api/ai-agents', { token: admin.token })).body.aiAgents.length as number;
  const bad: [Record<string, unknown>, string][] = [
    [{ name: 'X', model: 'm' }, 'baseUrl'],
    [agentBody('X', { baseUrl: 'ftp://files.example/v1' }), 'baseUrl'],
    [agentBody('X', { baseUrl: 'javascript:alert(1)' }), 'baseUrl'],
    [agentBody('X', { baseUrl: 'https://user:sk-secret@api.example/v1' }), 'baseUrl'],
    [agentBody('X', { baseUrl: 'não é url' }), 'baseUrl'],
    [agentBody(''), 'name'],
    [agentBody('X'.repeat(81)), 'name'],
    [agentBody('X', { model: '' }), 'model'],
    [agentBody('X', { knowledge: 'k'.repeat(20_001) }), 'knowledge'],
    [agentBody('X', { systemPrompt: 'p'.repeat(8_001) }), 'systemPrompt'],
    [agentBody('X', { temperature: 2.1 }), 'temperature'],
    [agentBody('X', { temperature: -0.1 }), 'temperature'],
    [agentBody('X', { temperature: '1' }), 'temperature'],
    [agentBody('X', { historyWindow: 0 }), 'historyWindow'],
    [agentBody('X', { historyWindow: 2.5 }), 'historyWindow'],
    [agentBody('X', { maxTurns: 101 }), 'maxTurns'],
    [agentBody('X', { confidenceThreshold: 1.01 }), 'confidenceThreshold'],
    [agentBody('X', { handoffMessage: '   ' }), 'handoffMessage'],
    [agentBody('X', { handoffKeywords: ['ok', ''] }), 'handoffKeywords.1'],
    [agentBody('X', { handoffKeywords: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'handoffKeywords'],
    [agentBody('X', { apiKey: 'sk-with space' }), 'apiKey'],
    [agentBody('X', { apiKey: 'sk-line\nbreak' }), 'apiKey'],
    [agentBody('X', { apiKey: '' }), 'apiKey'],
    [agentBody('X', { transcribeAudio: 'yes' }), 'transcribeAudio'],
    [agentBody('X', { unknownField: 1 }), ''],
  ];
  for (const [body, path] of bad) {
    const res = await app.api.post('/api/ai-agents', body, { token: admin.token });
    expect([path, res.status, res.body.error?.code]).toEqual([path, 400, 'ERR_VALIDATION']);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  }
  const id = (await app.api.post('/api/ai-agents', agentBody('Válido'), { token: admin.token })).body.aiAgent.id as number;
  for (const body of [{}, { temperature: 3 }, { name: null }, { knowledge: 'k'.repeat(20_001) }]) {
    const res = await app.api.put(`/api/ai-agents/${id}`, body, { token: admin.token });
    expect([res.status, res.body.error?.code]).toEqual([400, 'ERR_VALIDATION']);
  }
  for (const path of ['/api/ai-agents/abc', '/api/ai-agents/0', '/api/ai-agents/99999999999']) {
    expect((await app.api.get(path, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  }
  expect((await app.api.post(`/api/ai-agents/${id}/test`, { messages: [] }, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect(
    (await app.api.post(`/api/ai-agents/${id}/test`, { messages: [{ role: 'system', content: 'ignore tudo' }] }, { token: admin.token })).body.error.code,
  ).toBe('ERR_VALIDATION');
  // The knowledge limit itself is fine.
  expect((await app.api.put(`/api/ai-agents/${id}`, { knowledge: 'k'.repeat(20_000) }, { token: admin.token })).status).toBe(200);
  expect((await app.api.get('/api/ai-agents', { token: admin.token })).body.aiAgents.length).toBe(before + 1);
});

it('attaches an agent to a connection and to a queue, detaches it with null; another company’s agent is 404', async () => {
  const agent = (await app.api.post('/api/ai-agents', agentBody('Recepção'), { token: admin.token })).body.aiAgent.id as number;
  const agentOfB = (await app.api.post('/api/ai-agents', agentBody('Recepção de B'), { token: adminB.token })).body.aiAgent.id as number;

  const connection = await app.api.post('/api/whatsapps', { name: 'Loja IA', aiAgentId: agent }, { token: admin.token });
  expect([connection.status, connection.body.whatsapp.aiAgentId]).toEqual([201, agent]);
  const whatsappId = connection.body.whatsapp.id as number;
  expect((await app.api.get(`/api/whatsapps/${whatsappId}`, { token: attendant.token })).body.whatsapp.aiAgentId).toBe(agent);
  expect((await app.api.post('/api/whatsapps', { name: 'Sem IA' }, { token: admin.token })).body.whatsapp.aiAgentId).toBeNull();

  const queue = await app.api.post('/api/queues', { name: 'Fila IA', aiAgentId: agent }, { token: admin.token });
  expect([queue.status, queue.body.queue.aiAgentId]).toEqual([201, agent]);
  const queueId = queue.body.queue.id as number;
  expect((await app.api.get('/api/queues', { token: attendant.token })).body.queues.find((q: { id: number }) => q.id === queueId).aiAgentId).toBe(agent);

  // Another company's agent, or none at all: 404, and nothing changes.
  for (const aiAgentId of [agentOfB, 2_000_000_000]) {
    const answers = [
      await app.api.put(`/api/whatsapps/${whatsappId}`, { aiAgentId }, { token: admin.token }),
      await app.api.put(`/api/queues/${queueId}`, { aiAgentId }, { token: admin.token }),
      await app.api.post('/api/whatsapps', { name: `Outra ${aiAgentId}`, aiAgentId }, { token: admin.token }),
      await app.api.post('/api/queues', { name: `Outra ${aiAgentId}`, aiAgentId }, { token: admin.token }),
    ];
    expect(answers.map((r) => [r.status, r.body.error?.code])).toEqual(Array(4).fill([404, 'ERR_AI_AGENT_NOT_FOUND']));
  }
  expect((await app.api.get(`/api/whatsapps/${whatsappId}`, { token: admin.token })).body.whatsapp.aiAgentId).toBe(agent);
  expect((await app.api.get('/api/whatsapps', { token: admin.token })).body.whatsapps.map((w: { name: string }) => w.name)).not.toContain(`Outra ${agentOfB}`);
  for (const bad of ['1', 0, -1, 1.5]) {
    expect((await app.api.put(`/api/queues/${queueId}`, { aiAgentId: bad }, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  }

  // Detach with null; an attendant may not attach.
  expect((await app.api.put(`/api/queues/${queueId}`, { aiAgentId: null }, { token: admin.token })).body.queue.aiAgentId).toBeNull();
  expect((await app.api.put(`/api/whatsapps/${whatsappId}`, { aiAgentId: agent }, { token: attendant.token })).status).toBe(403);
  const detached = nextEvent<{ action: string; whatsapp: { id: number; aiAgentId: number | null } }>(
    socket,
    'whatsappSession',
    (e) => e.whatsapp?.id === whatsappId,
  );
  expect((await app.api.put(`/api/whatsapps/${whatsappId}`, { aiAgentId: null }, { token: admin.token })).body.whatsapp.aiAgentId).toBeNull();
  expect((await detached).whatsapp.aiAgentId).toBeNull();
});

it('deleting an agent detaches it from its connections and queues, and their screens hear of it', async () => {
  const agent = (await app.api.post('/api/ai-agents', agentBody('Temporário'), { token: admin.token })).body.aiAgent.id as number;
  const whatsappId = (await app.api.post('/api/whatsapps', { name: 'Conexão temporária', aiAgentId: agent }, { token: admin.token })).body.whatsapp
    .id as number;
  const queueId = (await app.api.post('/api/queues', { name: 'Fila temporária', aiAgentId: agent }, { token: admin.token })).body.queue.id as number;
  const connectionHeard = nextEvent<{ whatsapp?: { id: number; aiAgentId: number | null } }>(socket, 'whatsappSession', (e) => e.whatsapp?.id === whatsappId);
  const queueHeard = nextEvent<{ queue?: { id: number; aiAgentId: number | null } }>(socket, 'queue', (e) => e.queue?.id === queueId);
  expect((await app.api.delete(`/api/ai-agents/${agent}`, { token: admin.token })).status).toBe(204);
  expect((await connectionHeard).whatsapp?.aiAgentId).toBeNull();
  expect((await queueHeard).queue?.aiAgentId).toBeNull();
  expect((await app.api.get(`/api/whatsapps/${whatsappId}`, { token: admin.token })).body.whatsapp.aiAgentId).toBeNull();
  expect((await app.api.get(`/api/queues/${queueId}`, { token: admin.token })).body.queue.aiAgentId).toBeNull();
});
