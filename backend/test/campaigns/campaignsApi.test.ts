import type { Socket } from 'socket.io-client';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// The campaigns API (issue 14, acceptance 7): drafts, validation limits, company scope, roles, the audience
// count and the start that resolves it into shippings (one per contact, however often it is clicked), the
// status rules and the socket `campaign` event. The sending engine is not what is tested here: the connection
// is never paired, and what is asserted of the counts is what the start itself wrote (its own answer) or what
// never moves afterwards (skipped recipients).
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminB: { token: string; user: { id: number; companyId: number } };
let supervisor: Attendant;
let attendant: Attendant;
let whatsappId: number;
let whatsappB: number;
let vip: number;
let tagB: number;
let contactB: number;
let listB: number;
/** Eligible VIPs (3), an opted-out VIP, a VIP group and a VIP with a number no phone has. */
const people = {} as Record<'ana' | 'bruno' | 'carla' | 'optedOut' | 'group' | 'invalid', number>;

const one = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  (await ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;
const post = (path: string, body: unknown, token = admin.token) => app.api.post(path, body, { token });
const draft = (extra: Record<string, unknown> = {}, token = admin.token) =>
  post(
    '/api/campaigns',
    { name: 'Promoção de Natal', whatsappId, messages: [{ body: 'Oi {{firstName}}!' }], ratePerMinute: 30, target: { tagIds: [vip] }, ...extra },
    token,
  );

async function contact(name: string, number: string, companyId = admin.user.companyId, isGroup = false): Promise<number> {
  return (
    await one<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number, "isGroup") VALUES (:companyId, :name, :number, :isGroup) RETURNING id`, {
      companyId,
      name,
      number,
      isGroup,
    })
  ).id;
}
const tag = async (companyId: number, name: string) =>
  (await one<{ id: number }>(`INSERT INTO "Tags" ("companyId", name) VALUES (:companyId, :name) RETURNING id`, { companyId, name })).id;
const wear = (contactId: number, tagId: number) => ctx().sequelize.query(`INSERT INTO "ContactTags" ("contactId", "tagId") VALUES (${contactId}, ${tagId})`);
const connection = async (companyId: number, name: string) =>
  (await one<{ id: number }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (:companyId, :name) RETURNING id`, { companyId, name })).id;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000', CAMPAIGN_MAX_RATE_PER_MINUTE: '60' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  const companyB = await post('/api/companies', {
    name: 'Empresa B',
    admin: { name: 'Bianca', email: 'bianca@campanhas-b.test', password: 'bianca-pass-1' },
  });
  adminB = await app.api.login('bianca@campanhas-b.test', 'bianca-pass-1');
  supervisor = await createAttendant(app.api, admin.token, 'Supervisora Campanhas', 'supervisor');
  attendant = await createAttendant(app.api, admin.token, 'Atendente Campanhas');
  whatsappId = await connection(admin.user.companyId, 'Loja');
  whatsappB = await connection(companyB.body.company.id, 'Loja B');
  vip = await tag(admin.user.companyId, 'VIP');
  tagB = await tag(companyB.body.company.id, 'VIP B');
  contactB = await contact('Cliente B', '5511911110000', companyB.body.company.id);
  listB = (await post('/api/contact-lists', { name: 'Lista B' }, adminB.token)).body.contactList.id;
  people.ana = await contact('Ana Lima', '5511911110001');
  people.bruno = await contact('Bruno Reis', '5511911110002');
  people.carla = await contact('Carla Dias', '5511911110003');
  people.optedOut = await contact('Olga Saiu', '5511911110004');
  people.group = await contact('Grupo VIP', '120363000000000014', admin.user.companyId, true);
  people.invalid = await contact('Número Ruim', '12345');
  for (const id of Object.values(people)) await wear(id, vip);
  await app.api.put(`/api/contacts/${people.optedOut}`, { optedOut: true }, { token: admin.token });
}, 60_000);
afterAll(() => app?.stop());

it('creates, reads, lists, edits and deletes a draft, with the defaults and its author', async () => {
  const created = await draft({ jitterSeconds: 5, sendingWindow: { '1': [{ start: '09:00', end: '18:00' }] } });
  expect(created.status).toBe(201);
  expect(created.body.campaign).toMatchObject({
    name: 'Promoção de Natal',
    status: 'draft',
    whatsapp: { id: whatsappId, name: 'Loja' },
    user: { id: admin.user.id },
    messages: [{ body: 'Oi {{firstName}}!' }],
    media: null,
    target: { tagIds: [vip], contactIds: [], contactListIds: [] },
    scheduledAt: null,
    ratePerMinute: 30,
    jitterSeconds: 5,
    sendingWindow: { '1': [{ start: '09:00', end: '18:00' }] },
    ticketMode: 'log',
    queueId: null,
    startedAt: null,
    stats: { total: 0, pending: 0, sent: 0 },
    estimatedEndAt: null,
  });
  const id = created.body.campaign.id;
  const read = await app.api.get(`/api/campaigns/${id}`, { token: admin.token });
  expect(read.body.stats).toEqual(read.body.campaign.stats);
  const list = await app.api.get('/api/campaigns?status=draft', { token: admin.token });
  expect(list.body.campaigns.map((c: { id: number }) => c.id)).toContain(id);

  const edited = await app.api.put(
    `/api/campaigns/${id}`,
    { name: 'Natal', messages: [{ body: 'A' }, { body: 'B' }], ticketMode: 'open', sendingWindow: null },
    { token: admin.token },
  );
  expect(edited.status).toBe(200);
  expect(edited.body.campaign).toMatchObject({
    name: 'Natal',
    messages: [{ body: 'A' }, { body: 'B' }],
    ticketMode: 'open',
    sendingWindow: null,
    ratePerMinute: 30,
  });

  const deleted = await app.api.delete(`/api/campaigns/${id}`, { token: admin.token });
  expect(deleted.status).toBe(200);
  expect(deleted.body.campaign.id).toBe(id);
  expect((await app.api.get(`/api/campaigns/${id}`, { token: admin.token })).body.error.code).toBe('ERR_CAMPAIGN_NOT_FOUND');
});

it.each([
  ['a rate over the configured maximum', { ratePerMinute: 61 }, 'ERR_CAMPAIGN_RATE'],
  ['a rate of zero', { ratePerMinute: 0 }, 'ERR_VALIDATION'],
  ['no variant', { messages: [] }, 'ERR_VALIDATION'],
  ['six variants', { messages: Array.from({ length: 6 }, (_, k) => ({ body: `v${k}` })) }, 'ERR_VALIDATION'],
  ['a blank variant', { messages: [{ body: '   ' }] }, 'ERR_VALIDATION'],
  ['a variant over 4096 characters', { messages: [{ body: 'x'.repeat(4097) }] }, 'ERR_VALIDATION'],
  ['a jitter over 300 s', { jitterSeconds: 301 }, 'ERR_VALIDATION'],
  ['a name over 120 characters', { name: 'n'.repeat(121) }, 'ERR_VALIDATION'],
  ['an unknown ticket mode', { ticketMode: 'spam' }, 'ERR_VALIDATION'],
  ['a window with an interval ending before it starts', { sendingWindow: { '2': [{ start: '18:00', end: '09:00' }] } }, 'ERR_VALIDATION'],
])('refuses %s with 400', async (_what, extra, code) => {
  const res = await draft(extra);
  expect([res.status, res.body.error.code]).toEqual([400, code]);
});

it('answers 404 for another company’s connection, tag, contact, list, queue or campaign', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ whatsappId: whatsappB }, 'ERR_WHATSAPP_NOT_FOUND'],
    [{ target: { tagIds: [tagB] } }, 'ERR_TAG_NOT_FOUND'],
    [{ target: { contactIds: [contactB] } }, 'ERR_CONTACT_NOT_FOUND'],
    [{ target: { contactListIds: [listB] } }, 'ERR_CONTACT_LIST_NOT_FOUND'],
    [{ queueId: 2147483647 }, 'ERR_QUEUE_NOT_FOUND'],
  ];
  for (const [extra, code] of cases) {
    const res = await draft(extra);
    expect([JSON.stringify(extra), res.status, res.body.error.code]).toEqual([JSON.stringify(extra), 404, code]);
  }
  const audience = await post('/api/campaigns/audience', { tagIds: [tagB] });
  expect([audience.status, audience.body.error.code]).toEqual([404, 'ERR_TAG_NOT_FOUND']);

  const id = (await draft()).body.campaign.id;
  for (const [method, path] of [
    ['GET', ''],
    ['PUT', ''],
    ['DELETE', ''],
    ['POST', '/start'],
    ['POST', '/pause'],
    ['POST', '/cancel'],
    ['GET', '/shippings'],
    ['GET', '/shippings.csv'],
    ['DELETE', '/media'],
  ] as const) {
    const res = await app.api.request(method, `/api/campaigns/${id}${path}`, { token: adminB.token, body: method === 'PUT' ? { name: 'Roubada' } : undefined });
    expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 404, 'ERR_CAMPAIGN_NOT_FOUND']);
  }
  expect((await app.api.get(`/api/campaigns/${id}`, { token: admin.token })).body.campaign).toMatchObject({ name: 'Promoção de Natal', status: 'draft' });
  expect((await app.api.get('/api/campaigns', { token: adminB.token })).body.campaigns).toEqual([]);
});

it('lets admins and supervisors in and keeps attendants out (403) of every campaign route', async () => {
  const bySupervisor = await draft({}, supervisor.token);
  expect(bySupervisor.status).toBe(201);
  expect(bySupervisor.body.campaign.user).toMatchObject({ id: supervisor.id });
  const id = bySupervisor.body.campaign.id;
  for (const [method, path] of [
    ['GET', '/api/campaigns'],
    ['POST', '/api/campaigns'],
    ['GET', `/api/campaigns/${id}`],
    ['PUT', `/api/campaigns/${id}`],
    ['POST', `/api/campaigns/${id}/start`],
    ['POST', '/api/campaigns/audience'],
    ['POST', '/api/campaigns/preview'],
    ['GET', `/api/campaigns/${id}/shippings.csv`],
  ] as const) {
    const res = await app.api.request(method, path, { token: attendant.token, body: method === 'GET' ? undefined : {} });
    expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 403, 'ERR_FORBIDDEN']);
  }
  expect((await app.api.get(`/api/campaigns/${id}`, { token: supervisor.token })).status).toBe(200);
});

it('counts the audience with the exclusions, each contact once across tags, ids and lists', async () => {
  const list = (await post('/api/contact-lists', { name: 'Aniversariantes' })).body.contactList.id;
  await post(`/api/contact-lists/${list}/contacts`, { contactIds: [people.ana, people.bruno] });
  const extra = await contact('Davi Fora', '5511911110009');
  const res = await post('/api/campaigns/audience', { tagIds: [vip], contactIds: [people.ana, extra], contactListIds: [list] });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ total: 7, eligible: 4, optedOut: 1, groups: 1, invalid: 1 });
  expect((await post('/api/campaigns/audience', {})).body).toEqual({ total: 0, eligible: 0, optedOut: 0, groups: 0, invalid: 0 });
});

it('starts once: one shipping per contact, the variants rotated, the excluded skipped with their reason; a second start is 409', async () => {
  const id = (await draft({ messages: [{ body: 'A' }, { body: 'B' }], target: { tagIds: [vip], contactIds: [people.ana] } })).body.campaign.id;
  const [first, second] = await Promise.all([post(`/api/campaigns/${id}/start`, {}), post(`/api/campaigns/${id}/start`, {})]);
  const statuses = [first.status, second.status].sort();
  expect(statuses).toEqual([200, 409]);
  const started = (first.status === 200 ? first : second).body.campaign;
  expect(started).toMatchObject({ status: 'running', stats: { total: 6, pending: 3, optedOut: 1, excluded: 2, sent: 0 } });
  expect(started.startedAt).not.toBeNull();
  expect(Date.parse(started.estimatedEndAt)).toBeGreaterThan(Date.now());
  expect((first.status === 409 ? first : second).body.error.code).toBe('ERR_CAMPAIGN_STATE');

  const rows = await ctx().sequelize.query<{ contactId: number; status: string; reason: string | null; variant: number }>(
    `SELECT "contactId", status, reason, variant FROM "CampaignShippings" WHERE "campaignId" = :id ORDER BY "contactId"`,
    { replacements: { id }, type: QueryTypes.SELECT },
  );
  const byContact = Object.fromEntries(rows.map((r) => [r.contactId, r]));
  expect(rows).toHaveLength(6);
  expect(byContact[people.optedOut]).toMatchObject({ status: 'skipped', reason: 'opted_out' });
  expect(byContact[people.group]).toMatchObject({ status: 'skipped', reason: 'group' });
  expect(byContact[people.invalid]).toMatchObject({ status: 'skipped', reason: 'invalid_number' });
  expect([people.ana, people.bruno, people.carla].map((c) => byContact[c]!.variant).sort()).toEqual([0, 0, 1]);

  const again = await post(`/api/campaigns/${id}/start`, {});
  expect([again.status, again.body.error.code]).toEqual([409, 'ERR_CAMPAIGN_STATE']);
  const edit = await app.api.put(`/api/campaigns/${id}`, { name: 'tarde demais' }, { token: admin.token });
  expect([edit.status, edit.body.error.code]).toEqual([409, 'ERR_CAMPAIGN_NOT_EDITABLE']);
  const del = await app.api.delete(`/api/campaigns/${id}`, { token: admin.token });
  expect([del.status, del.body.error.code]).toEqual([409, 'ERR_CAMPAIGN_STATE']);

  // The report: skipped rows never move, so they can be read whatever the engine does meanwhile.
  const skipped = await app.api.get(`/api/campaigns/${id}/shippings?status=skipped&limit=2`, { token: admin.token });
  expect(skipped.body.shippings).toHaveLength(2);
  const rest = await app.api.get(`/api/campaigns/${id}/shippings?status=skipped&limit=2&cursor=${skipped.body.nextCursor}`, { token: admin.token });
  expect(rest.body.nextCursor).toBeNull();
  expect([...skipped.body.shippings, ...rest.body.shippings].map((s: { contact: { id: number } }) => s.contact.id).sort()).toEqual(
    [people.optedOut, people.group, people.invalid].sort(),
  );
  expect(rest.body.shippings[0]).toMatchObject({ status: 'skipped', messageId: null, ticketId: null, attempts: 0 });
});

it('refuses to start a campaign nobody eligible would receive (400), and writes nothing', async () => {
  const id = (await draft({ target: { contactIds: [people.optedOut, people.group, people.invalid] } })).body.campaign.id;
  const res = await post(`/api/campaigns/${id}/start`, {});
  expect([res.status, res.body.error.code]).toEqual([400, 'ERR_CAMPAIGN_AUDIENCE_EMPTY']);
  const empty = await draft({ target: {} });
  expect((await post(`/api/campaigns/${empty.body.campaign.id}/start`, {})).body.error.code).toBe('ERR_CAMPAIGN_AUDIENCE_EMPTY');
  expect(Number((await one<{ n: string }>(`SELECT count(*) AS n FROM "CampaignShippings" WHERE "campaignId" = :id`, { id })).n)).toBe(0);
  expect((await app.api.get(`/api/campaigns/${id}`, { token: admin.token })).body.campaign.status).toBe('draft');
});

it('keeps a draft without a connection, and refuses to start it until one is chosen (400)', async () => {
  const res = await draft({ whatsappId: null, target: { contactIds: [people.ana] } });
  expect([res.status, res.body.campaign.whatsapp]).toEqual([201, null]);
  const id = res.body.campaign.id;
  const refused = await post(`/api/campaigns/${id}/start`, {});
  expect([refused.status, refused.body.error.code]).toEqual([400, 'ERR_CAMPAIGN_NO_CONNECTION']);
  expect(Number((await one<{ n: string }>(`SELECT count(*) AS n FROM "CampaignShippings" WHERE "campaignId" = :id`, { id })).n)).toBe(0);
  expect((await app.api.put(`/api/campaigns/${id}`, { whatsappId }, { token: admin.token })).body.campaign.whatsapp).toMatchObject({ id: whatsappId });
  expect((await post(`/api/campaigns/${id}/start`, {})).body.campaign.status).toBe('running');
});

it('moves between statuses only where the rules allow (409 elsewhere)', async () => {
  const later = new Date(Date.now() + 3_600_000).toISOString();
  const id = (await draft({ scheduledAt: later })).body.campaign.id;
  const refuse = async (move: string) => {
    const res = await post(`/api/campaigns/${id}/${move}`, {});
    expect([move, res.status, res.body.error.code]).toEqual([move, 409, 'ERR_CAMPAIGN_STATE']);
  };
  await refuse('pause');
  await refuse('resume');
  const started = await post(`/api/campaigns/${id}/start`, {});
  expect(started.body.campaign).toMatchObject({ status: 'scheduled', scheduledAt: later, startedAt: null });
  await refuse('resume');
  expect((await post(`/api/campaigns/${id}/pause`, {})).body.campaign.status).toBe('paused');
  await refuse('pause');
  expect((await post(`/api/campaigns/${id}/resume`, {})).body.campaign.status).toBe('scheduled');
  await ctx().sequelize.query(`UPDATE "Campaigns" SET "scheduledAt" = now() - interval '1 minute' WHERE id = :id`, { replacements: { id } });
  await post(`/api/campaigns/${id}/pause`, {});
  const resumed = await post(`/api/campaigns/${id}/resume`, {});
  expect(resumed.body.campaign.status).toBe('running');
  expect(resumed.body.campaign.startedAt).not.toBeNull();
  const cancelled = await post(`/api/campaigns/${id}/cancel`, {});
  expect(cancelled.body.campaign).toMatchObject({ status: 'cancelled', estimatedEndAt: null });
  expect(cancelled.body.campaign.finishedAt).not.toBeNull();
  for (const move of ['pause', 'resume', 'cancel', 'start']) await refuse(move);

  const fresh = (await draft()).body.campaign.id;
  expect((await post(`/api/campaigns/${fresh}/cancel`, {})).body.campaign.status).toBe('cancelled');
});

it('previews each variant for a sample contact of the target, or for the one asked for', async () => {
  const messages = [{ body: 'Oi {{firstName}}, tudo bem?' }, { body: '{{name}} ({{number}}), de {{attendant}}' }];
  const sample = await post('/api/campaigns/preview', { messages, target: { tagIds: [vip] } });
  expect(sample.status).toBe(200);
  expect(sample.body).toEqual({
    contact: { id: people.ana, name: 'Ana Lima', number: '5511911110001' },
    bodies: ['Oi Ana, tudo bem?', expect.stringMatching(/^Ana Lima \(5511911110001\), de \S+/)],
  });
  const asked = await post('/api/campaigns/preview', { messages, contactId: people.carla });
  expect(asked.body.bodies[0]).toBe('Oi Carla, tudo bem?');
  const nobody = await post('/api/campaigns/preview', { messages });
  expect(nobody.body).toMatchObject({ contact: null, bodies: ['Oi , tudo bem?', expect.any(String)] });
  expect((await post('/api/campaigns/preview', { messages, contactId: contactB })).body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
});

it('keeps one file per draft: upload, replace, remove; refused once started', async () => {
  const id = (await draft()).body.campaign.id;
  const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e1d2560000000049454e44ae426082',
    'hex',
  );
  const upload = async (name: string, bytes: Buffer, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    const res = await fetch(`${app.url}/api/campaigns/${id}/media`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    return { status: res.status, body: (await res.json()) as { campaign?: { media: unknown }; error?: { code: string } } };
  };
  const image = await upload('oferta.png', PNG, 'image/png');
  expect(image.status).toBe(200);
  expect(image.body.campaign!.media).toEqual({ mediaType: 'image', fileName: 'oferta.png', mimetype: 'image/png', size: PNG.length });
  const firstPath = (await one<{ mediaPath: string }>(`SELECT "mediaPath" FROM "Campaigns" WHERE id = :id`, { id })).mediaPath;
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  expect(existsSync(join(app.config.mediaDir, firstPath))).toBe(true);

  const text = await upload('lista.txt', Buffer.from('preços de natal\n'), 'text/plain');
  expect(text.body.campaign!.media).toMatchObject({ mediaType: 'document', fileName: 'lista.txt' });
  expect(existsSync(join(app.config.mediaDir, firstPath))).toBe(false);
  const exe = await upload('foto.png', Buffer.from('MZ\x90\x00 not an image'), 'image/png');
  expect([exe.status, exe.body.error!.code]).toEqual([400, 'ERR_FILE_TYPE_NOT_ALLOWED']);

  const removed = await app.api.delete(`/api/campaigns/${id}/media`, { token: admin.token });
  expect(removed.body.campaign.media).toBeNull();
  await upload('oferta.png', PNG, 'image/png');
  await post(`/api/campaigns/${id}/start`, {});
  const late = await upload('outra.png', PNG, 'image/png');
  expect([late.status, late.body.error!.code]).toEqual([409, 'ERR_CAMPAIGN_NOT_EDITABLE']);
  expect((await app.api.delete(`/api/campaigns/${id}/media`, { token: admin.token })).body.error.code).toBe('ERR_CAMPAIGN_NOT_EDITABLE');
});

it('tells supervisors (not attendants) over the socket, with the campaign and its counts', async () => {
  const sockets: Socket[] = [await connectSocket(app.url, supervisor.token), await connectSocket(app.url, attendant.token)];
  try {
    type Event = { action: string; campaign: { id: number; status: string; stats: { total: number } } };
    const bySupervisor = record<Event>(sockets[0]!, 'campaign');
    const byAttendant = record<Event>(sockets[1]!, 'campaign');
    const id = (await draft()).body.campaign.id;
    await post(`/api/campaigns/${id}/start`, {});
    const deleted = (await draft({ name: 'Apagar' })).body.campaign.id;
    await app.api.delete(`/api/campaigns/${deleted}`, { token: admin.token });
    // A later event everyone in the company hears proves the attendant's socket got all it ever would.
    await barrier(sockets[1]!, 'tag', () => post('/api/tags', { name: 'Marcador barreira' }));
    await barrier(sockets[0]!, 'tag', () => post('/api/tags', { name: 'Outra barreira' }));
    // The sending engine may add count updates after these; the first two are the API's.
    expect(
      bySupervisor
        .filter((e) => e.campaign.id === id)
        .map((e) => [e.action, e.campaign.status])
        .slice(0, 2),
    ).toEqual([
      ['created', 'draft'],
      ['updated', 'running'],
    ]);
    expect(bySupervisor.find((e) => e.campaign.id === id && e.campaign.status === 'running')!.campaign.stats.total).toBe(6);
    expect(bySupervisor.filter((e) => e.campaign.id === deleted).map((e) => e.action)).toEqual(['created', 'deleted']);
    expect(byAttendant).toEqual([]);
  } finally {
    sockets.forEach((s) => s.close());
  }
});
