import type { DealBoard, DealView, PipelineView } from '@atende/contract';
import type { Socket } from 'socket.io-client';
import { createAttendant, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Acceptance 1 of issue 15: deals through the API — CRUD, kanban moves between and within stages (concurrent
// moves from two sessions end consistent), totals per stage, won/lost with a reason, company scope, and the
// visibility rule (attendants their own deals; supervisors and admins all).
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let supervisor: Attendant;
let attendant: Attendant;
let other: Attendant;
/** The company's "Vendas" pipeline. */
let vendas: PipelineView;
/** A fresh copy of it for each test, so the tests' cards never meet whatever the order they run in. */
let pipeline: PipelineView;
let adminB: { token: string };
const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;

const create = (body: Record<string, unknown>, token = admin.token) =>
  app.api.post('/api/deals', token === adminB.token || body.stageId || body.pipelineId ? body : { pipelineId: pipeline.id, ...body }, { token });
const board = async (query: string, token = admin.token): Promise<DealBoard> =>
  (await app.api.get(`/api/deals/board?pipelineId=${pipeline.id}${query}`, { token })).body;
const move = (id: number, body: Record<string, unknown>, token = admin.token) => app.api.put(`/api/deals/${id}`, body, { token });
/** A column's cards in order (every one: the test columns are small). */
async function column(stageId: number, token = admin.token): Promise<DealView[]> {
  const res = await app.api.get(`/api/deals?stageId=${stageId}&limit=200`, { token });
  expect(res.status).toBe(200);
  return res.body.deals;
}
const ids = (deals: DealView[]) => deals.map((d) => d.id);

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  supervisor = await createAttendant(app.api, admin.token, 'Supervisora Vendas', 'supervisor');
  attendant = await createAttendant(app.api, admin.token, 'Atendente Vendas');
  other = await createAttendant(app.api, admin.token, 'Outro Atendente');
  vendas = (await app.api.get('/api/pipelines', { token: attendant.token })).body.pipelines[0];
  await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@crm-b.test', password: 'bia-pass-1234' } },
    { token: admin.token },
  );
  adminB = await app.api.login('bia@crm-b.test', 'bia-pass-1234');
}, 60_000);
let copies = 0;
beforeEach(async () => {
  const stages = vendas.stages.map(({ name, color, kind }) => ({ name, color, kind }));
  pipeline = (await app.api.post('/api/pipelines', { name: `Vendas ${++copies}`, stages }, { token: admin.token })).body.pipeline;
});
afterAll(async () => {
  await app?.stop();
});

it('every company starts with the "Vendas" pipeline, the existing one and a new one; only admins configure pipelines', async () => {
  const names = ['Novo lead', 'Qualificado', 'Proposta', 'Negociação', 'Ganho', 'Perdido'];
  expect(vendas.name).toBe('Vendas');
  expect(vendas.stages.map((s) => [s.name, s.kind, s.position])).toEqual(names.map((n, i) => [n, i === 4 ? 'won' : i === 5 ? 'lost' : 'open', i]));
  const theirs = (await app.api.get('/api/pipelines', { token: adminB.token })).body.pipelines as PipelineView[];
  expect(theirs.map((p) => p.name)).toEqual(['Vendas']);
  expect(theirs[0]!.stages.map((s) => s.name)).toEqual(names);
  expect(theirs[0]!.id).not.toBe(vendas.id);

  const body = { name: 'Pós-venda', stages: [{ name: 'Onboarding' }, { name: 'Renovado', kind: 'won' }] };
  expect((await app.api.post('/api/pipelines', body, { token: attendant.token })).status).toBe(403);
  expect((await app.api.post('/api/pipelines', { name: 'X', stages: [{ name: 'Só ganho', kind: 'won' }] }, { token: admin.token })).body.error?.code).toBe(
    'ERR_PIPELINE_NEEDS_OPEN_STAGE',
  );
  const created = await app.api.post('/api/pipelines', body, { token: admin.token });
  expect(created.status).toBe(201);
  const p = created.body.pipeline as PipelineView;
  expect(p.stages.map((s) => [s.name, s.kind, s.color])).toEqual([
    ['Onboarding', 'open', '#64748b'],
    ['Renovado', 'won', '#64748b'],
  ]);
  // Renamed, reordered, one stage added; a stage holding a deal cannot be removed.
  const deal = (await create({ title: 'Renovação', stageId: p.stages[0]!.id })).body.deal as DealView;
  const kept = [
    { id: p.stages[1]!.id, name: 'Renovado', kind: 'won' },
    { name: 'Churn', kind: 'lost' },
  ];
  expect((await app.api.put(`/api/pipelines/${p.id}`, { stages: [{ name: 'Outra' }, ...kept] }, { token: admin.token })).body.error?.code).toBe(
    'ERR_STAGE_HAS_DEALS',
  );
  const turned = [{ id: p.stages[0]!.id, name: 'Onboarding', kind: 'won' }, { name: 'Aberta' }];
  expect((await app.api.put(`/api/pipelines/${p.id}`, { stages: turned }, { token: admin.token })).body.error?.code).toBe('ERR_STAGE_HAS_DEALS');
  const edited = await app.api.put(
    `/api/pipelines/${p.id}`,
    { name: 'Pós venda', stages: [{ id: p.stages[0]!.id, name: 'Início', color: '#112233' }, ...kept] },
    { token: admin.token },
  );
  expect(edited.status).toBe(200);
  expect(edited.body.pipeline.name).toBe('Pós venda');
  expect(edited.body.pipeline.stages.map((s: { name: string; position: number }) => [s.name, s.position])).toEqual([
    ['Início', 0],
    ['Renovado', 1],
    ['Churn', 2],
  ]);
  expect((await app.api.delete(`/api/pipelines/${p.id}`, { token: admin.token })).body.error?.code).toBe('ERR_PIPELINE_HAS_DEALS');
  expect((await app.api.delete(`/api/deals/${deal.id}`, { token: admin.token })).status).toBe(200);
  expect((await app.api.delete(`/api/pipelines/${p.id}`, { token: admin.token })).status).toBe(200);
  expect((await app.api.get(`/api/pipelines/${p.id}`, { token: admin.token })).status).toBe(404);
  expect((await app.api.get(`/api/pipelines/${pipeline.id}`, { token: adminB.token })).status).toBe(404);
});

it('creates, reads, edits and deletes a deal; new cards go to the top of their column and a deletion closes the gap', async () => {
  const res = await create({ title: 'Plano anual', value: 120_000, expectedCloseAt: '2027-01-31T00:00:00.000Z' });
  expect(res.status).toBe(201);
  const deal = res.body.deal as DealView;
  expect(deal).toMatchObject({
    title: 'Plano anual',
    value: 120_000,
    pipelineId: pipeline.id,
    stageId: stage('Novo lead'),
    position: 0,
    owner: { id: admin.user.id },
    source: 'manual',
    closedAt: null,
    lostReason: null,
    expectedCloseAt: '2027-01-31T00:00:00.000Z',
  });
  const second = (await create({ title: 'Plano mensal', value: 9_900 })).body.deal as DealView;
  expect(ids(await column(stage('Novo lead')))).toEqual([second.id, deal.id]);
  const edited = await move(deal.id, { title: 'Plano anual (2 licenças)', value: 240_000, ownerId: supervisor.id });
  expect(edited.body.deal).toMatchObject({ title: 'Plano anual (2 licenças)', value: 240_000, owner: { id: supervisor.id, name: 'Supervisora Vendas' } });
  expect((await app.api.get(`/api/deals/${deal.id}`, { token: admin.token })).body.deal.title).toBe('Plano anual (2 licenças)');
  expect((await create({ title: 'x', value: -1 })).status).toBe(400);
  expect((await create({ title: 'x', value: 1.5 })).status).toBe(400);
  expect((await app.api.delete(`/api/deals/${second.id}`, { token: admin.token })).status).toBe(200);
  expect((await app.api.get(`/api/deals/${second.id}`, { token: admin.token })).status).toBe(404);
  expect((await column(stage('Novo lead'))).map((d) => [d.id, d.position])).toEqual([[deal.id, 0]]);
  await app.api.delete(`/api/deals/${deal.id}`, { token: admin.token });
});

it('moves within and between columns, shifting the neighbours; the socket event says where the card came from', async () => {
  const socket: Socket = await connectSocket(app.url, supervisor.token);
  try {
    const made: DealView[] = [];
    for (const title of ['A', 'B', 'C', 'D']) made.push((await create({ title, stageId: stage('Qualificado'), position: 99 })).body.deal);
    const [a, b, c, d] = made.map((x) => x.id) as [number, number, number, number];
    expect(ids(await column(stage('Qualificado')))).toEqual([a, b, c, d]); // a position past the end appends
    await move(d, { position: 0 });
    expect(ids(await column(stage('Qualificado')))).toEqual([d, a, b, c]);
    await move(d, { position: 2 });
    expect(ids(await column(stage('Qualificado')))).toEqual([a, b, d, c]);
    const event = nextEvent<{ action: string; deal: DealView; previous?: { stageId: number; position: number } }>(socket, 'deal', (e) => e.deal.id === b);
    const moved = await move(b, { stageId: stage('Proposta'), position: 0 });
    expect(moved.body.deal).toMatchObject({ stageId: stage('Proposta'), position: 0 });
    expect(await event).toMatchObject({
      action: 'updated',
      deal: { id: b, stageId: stage('Proposta') },
      previous: { stageId: stage('Qualificado'), position: 1 },
    });
    expect((await column(stage('Qualificado'))).map((x) => [x.id, x.position])).toEqual([
      [a, 0],
      [d, 1],
      [c, 2],
    ]);
    await move(c, { stageId: stage('Proposta'), position: 1 });
    expect((await column(stage('Proposta'))).map((x) => [x.id, x.position])).toEqual([
      [b, 0],
      [c, 1],
    ]);
    for (const id of [a, b, c, d]) await app.api.delete(`/api/deals/${id}`, { token: admin.token });
  } finally {
    socket.close();
  }
});

it('concurrent moves from two sessions end consistent: no duplicate positions, no lost card', async () => {
  const columns = [stage('Novo lead'), stage('Qualificado'), stage('Proposta'), stage('Negociação')];
  const made: number[] = [];
  for (let i = 0; i < 24; i++) made.push((await create({ title: `Lote ${i}`, value: 100, stageId: columns[i % 4] })).body.deal.id);
  // Deterministic pseudo-random moves, so a failure replays.
  let seed = 15;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const session = async (token: string) => {
    for (let i = 0; i < 30; i++) {
      const res = await move(made[rand(made.length)]!, { stageId: columns[rand(4)], position: rand(8) }, token);
      expect(res.status).toBe(200);
    }
  };
  await Promise.all([session(admin.token), session(supervisor.token)]);
  const after = await Promise.all(columns.map((s) => column(s)));
  for (const col of after) expect(col.map((d) => d.position)).toEqual(col.map((_, i) => i));
  const seen = after.flat().map((d) => d.id);
  expect(made.filter((id) => seen.filter((s) => s === id).length !== 1)).toEqual([]);
  for (const id of made) await app.api.delete(`/api/deals/${id}`, { token: admin.token });
});

it('the board answers each stage’s count and total over every card, and a first page with a cursor to the rest', async () => {
  for (let i = 0; i < 55; i++) await create({ title: `Volume ${i}`, value: 1_000, stageId: stage('Negociação') });
  await create({ title: 'Grande', value: 50_000, stageId: stage('Proposta') });
  const full = await board('');
  expect(full.pipelineId).toBe(pipeline.id);
  expect(full.columns.map((c) => c.stageId)).toEqual(pipeline.stages.map((s) => s.id));
  const negotiation = full.columns.find((c) => c.stageId === stage('Negociação'))!;
  expect(negotiation).toMatchObject({ count: 55, total: 55_000, nextCursor: expect.any(String) });
  expect(negotiation.deals.map((d) => d.position)).toEqual([...Array(50).keys()]);
  const rest = await app.api.get(`/api/deals?stageId=${stage('Negociação')}&cursor=${negotiation.nextCursor}`, { token: admin.token });
  expect(rest.body.deals.map((d: DealView) => d.position)).toEqual([50, 51, 52, 53, 54]);
  expect(rest.body.nextCursor).toBeNull();
  expect(full.columns.find((c) => c.stageId === stage('Proposta'))).toMatchObject({ count: 1, total: 50_000, nextCursor: null });
  const searched = await board('&search=grande');
  expect(searched.columns.map((c) => c.count)).toEqual([0, 0, 1, 0, 0, 0]);
  for (const col of full.columns) for (const d of col.deals) await app.api.delete(`/api/deals/${d.id}`, { token: admin.token });
  for (const d of rest.body.deals as DealView[]) await app.api.delete(`/api/deals/${d.id}`, { token: admin.token });
});

it('won and lost close the deal; lost asks for a reason; reopening clears both', async () => {
  const deal = (await create({ title: 'Consultoria', value: 300_000 })).body.deal as DealView;
  const noReason = await move(deal.id, { stageId: stage('Perdido') });
  expect(noReason.status).toBe(400);
  expect(noReason.body.error?.code).toBe('ERR_DEAL_LOST_REASON');
  const lost = (await move(deal.id, { stageId: stage('Perdido'), lostReason: 'Preço acima do orçamento' })).body.deal as DealView;
  expect(lost).toMatchObject({ stageId: stage('Perdido'), lostReason: 'Preço acima do orçamento', closedAt: expect.any(String) });
  const reopened = (await move(deal.id, { stageId: stage('Negociação') })).body.deal as DealView;
  expect(reopened).toMatchObject({ lostReason: null, closedAt: null });
  const won = (await move(deal.id, { stageId: stage('Ganho'), position: 0 })).body.deal as DealView;
  expect(won).toMatchObject({ stageId: stage('Ganho'), closedAt: expect.any(String), lostReason: null });
  const after = await board('');
  expect(after.columns.find((c) => c.stageId === stage('Ganho'))).toMatchObject({ count: 1, total: 300_000 });
  await app.api.delete(`/api/deals/${deal.id}`, { token: admin.token });
});

it('another company’s deals, stages and contacts are not found', async () => {
  const deal = (await create({ title: 'Só da empresa A' })).body.deal as DealView;
  for (const res of [
    await app.api.get(`/api/deals/${deal.id}`, { token: adminB.token }),
    await app.api.put(`/api/deals/${deal.id}`, { title: 'x' }, { token: adminB.token }),
    await app.api.delete(`/api/deals/${deal.id}`, { token: adminB.token }),
    await app.api.get(`/api/deals/${deal.id}/timeline`, { token: adminB.token }),
    await app.api.post(`/api/deals/${deal.id}/notes`, { body: 'oi' }, { token: adminB.token }),
  ])
    expect(res.status).toBe(404);
  expect((await create({ title: 'x', stageId: stage('Proposta') }, adminB.token)).body.error?.code).toBe('ERR_STAGE_NOT_FOUND');
  expect((await create({ title: 'x', pipelineId: pipeline.id }, adminB.token)).body.error?.code).toBe('ERR_PIPELINE_NOT_FOUND');
  const mine = (await create({ title: 'Da B' }, adminB.token)).body.deal as DealView;
  expect((await move(mine.id, { stageId: stage('Proposta') }, adminB.token)).body.error?.code).toBe('ERR_STAGE_NOT_FOUND');
  expect((await app.api.get('/api/deals?limit=200', { token: adminB.token })).body.deals.map((d: DealView) => d.id)).toEqual([mine.id]);
  await app.api.delete(`/api/deals/${deal.id}`, { token: admin.token });
});

it('attendants see, edit and move only their own deals; supervisors and admins all of them', async () => {
  const socket = await connectSocket(app.url, attendant.token);
  const heard = record<{ deal: DealView }>(socket, 'deal');
  const own = await create({ title: 'Do atendente', value: 500 }, attendant.token);
  expect(own.body.deal.owner).toMatchObject({ id: attendant.id });
  expect((await create({ title: 'Para outro', ownerId: other.id }, attendant.token)).body.error?.code).toBe('ERR_DEAL_OWNER_FORBIDDEN');
  const others = (await create({ title: 'Do outro', value: 700 }, other.token)).body.deal as DealView;
  const admins = (await create({ title: 'Do admin', value: 900 })).body.deal as DealView;
  for (const res of [
    await app.api.get(`/api/deals/${others.id}`, { token: attendant.token }),
    await move(others.id, { stageId: stage('Proposta') }, attendant.token),
    await app.api.delete(`/api/deals/${admins.id}`, { token: attendant.token }),
    await app.api.get(`/api/deals/${admins.id}/timeline`, { token: attendant.token }),
  ])
    expect(res.body.error?.code).toBe('ERR_DEAL_NOT_FOUND');
  expect((await move(own.body.deal.id, { stageId: stage('Proposta'), position: 0 }, attendant.token)).status).toBe(200);
  const theirBoard = await board('', attendant.token);
  expect(theirBoard.columns.flatMap((c) => c.deals.map((d) => d.id))).toEqual([own.body.deal.id]);
  expect(theirBoard.columns.reduce((sum, c) => sum + c.total, 0)).toBe(500);
  // Asking for a colleague's deals gives an attendant nothing, not their own.
  expect((await app.api.get(`/api/deals?ownerId=${other.id}`, { token: attendant.token })).body.deals).toEqual([]);
  const all = await board('', supervisor.token);
  expect(all.columns.reduce((sum, c) => sum + c.total, 0)).toBe(2_100);
  const byOwner = await board(`&ownerId=${other.id}`, supervisor.token);
  expect(byOwner.columns.flatMap((c) => c.deals.map((d) => d.id))).toEqual([others.id]);
  expect((await move(others.id, { stageId: stage('Negociação') }, supervisor.token)).status).toBe(200);
  // Handed to the attendant by a supervisor, it is theirs now.
  expect((await move(admins.id, { ownerId: attendant.id }, supervisor.token)).status).toBe(200);
  expect((await app.api.get(`/api/deals/${admins.id}`, { token: attendant.token })).status).toBe(200);
  // Their socket heard of their own deal and of the one handed to them, never of the colleague's.
  await barrier<{ deal: DealView }>(
    socket,
    'deal',
    () => move(own.body.deal.id, { title: 'Marcador' }, attendant.token),
    (e) => e.deal.title === 'Marcador',
  );
  socket.close();
  expect([...new Set(heard.map((e) => e.deal.id))].sort()).toEqual([own.body.deal.id, admins.id].sort());
  for (const id of [own.body.deal.id, others.id, admins.id]) await app.api.delete(`/api/deals/${id}`, { token: admin.token });
});
