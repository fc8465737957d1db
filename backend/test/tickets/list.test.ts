import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';

// The ticket list over rows written straight to the database (a conversation per contact), so the
// filters, the visibility rule and the keyset pages can be checked on a known set.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let vendas: number;
let suporte: number;
let ana: Attendant; // Vendas
let bruno: Attendant; // Suporte

async function seedTicket(
  n: number,
  { name = `Cliente ${n}`, ...fields }: { status: string; queueId?: number | null; userId?: number | null; minutesAgo: number; text: string; name?: string },
) {
  const { sequelize } = ctx();
  const [contact] = await sequelize.query<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (1, :name, :number) RETURNING id`, {
    replacements: { name, number: `55119000${String(n).padStart(5, '0')}` },
    type: QueryTypes.SELECT,
  });
  const [ticket] = await sequelize.query<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", status, "queueId", "userId", "lastMessage", "lastMessageAt")
     VALUES (1, :contactId, NULL, :status, :queueId, :userId, :text, now() - make_interval(mins => :minutesAgo)) RETURNING id`,
    { replacements: { contactId: contact!.id, queueId: null, userId: null, ...fields }, type: QueryTypes.SELECT },
  );
  await sequelize.query(`INSERT INTO "Messages" ("companyId", "ticketId", "contactId", wid, body) VALUES (1, :ticketId, :contactId, :wid, :text)`, {
    replacements: { ticketId: ticket!.id, contactId: contact!.id, wid: `seed-${n}`, text: fields.text },
  });
  return ticket!.id;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  ana = await createAttendant(app.api, admin.token, 'Ana');
  bruno = await createAttendant(app.api, admin.token, 'Bruno');
  vendas = await createQueue(1, 'Vendas', [ana.id]);
  suporte = await createQueue(1, 'Suporte', [bruno.id]);
  // 12 pending in Vendas, 3 pending in Suporte, 2 pending without a queue, 2 open with Ana, 1 open with Bruno, 4 closed.
  let n = 0;
  for (let i = 0; i < 12; i++) await seedTicket(++n, { status: 'pending', queueId: vendas, minutesAgo: n, text: `quero comprar ${n}` });
  for (let i = 0; i < 3; i++) await seedTicket(++n, { status: 'pending', queueId: suporte, minutesAgo: n, text: 'meu pedido atrasou' });
  for (let i = 0; i < 2; i++) await seedTicket(++n, { status: 'pending', minutesAgo: n, text: 'oi' });
  for (let i = 0; i < 2; i++) await seedTicket(++n, { status: 'open', queueId: vendas, userId: ana.id, minutesAgo: n, text: 'combinado' });
  await seedTicket(++n, { status: 'open', queueId: suporte, userId: bruno.id, minutesAgo: n, text: 'vou verificar' });
  for (let i = 0; i < 4; i++) await seedTicket(++n, { status: 'closed', queueId: vendas, userId: ana.id, minutesAgo: n, text: 'obrigado' });
}, 60_000);
afterAll(() => app.stop());

const list = (token: string, query: string) => app.api.get(`/api/tickets?${query}`, { token });

it('shows an attendant the pending tickets of their queues and those without a queue, their own open and closed ones, with counts', async () => {
  const pending = await list(ana.token, 'status=pending&limit=100');
  expect(pending.body.tickets).toHaveLength(14); // 12 Vendas + 2 without a queue
  expect(pending.body.tickets.every((t: { queueId: number | null }) => t.queueId === vendas || t.queueId === null)).toBe(true);
  expect(pending.body.counts).toEqual({ pending: 14, open: 2, closed: 4 });
  expect((await list(bruno.token, 'status=pending&limit=100')).body.counts).toEqual({ pending: 5, open: 1, closed: 0 });
  const open = await list(ana.token, 'status=open');
  expect(open.body.tickets.map((t: { userId: number }) => t.userId)).toEqual([ana.id, ana.id]);
});

it('hides pending tickets without a queue when the company says so', async () => {
  await ctx().sequelize.query(`INSERT INTO "Settings" ("companyId", key, value) VALUES (1, 'pendingWithoutQueueVisibleToAll', 'false')`);
  expect((await list(ana.token, 'status=pending&limit=100')).body.tickets).toHaveLength(12);
  await ctx().sequelize.query(`DELETE FROM "Settings" WHERE key = 'pendingWithoutQueueVisibleToAll'`);
});

it('shows supervisors everything, and filters by queue, attendant and "only mine"', async () => {
  const all = await list(admin.token, 'status=pending&limit=100');
  expect(all.body.counts).toEqual({ pending: 17, open: 3, closed: 4 });
  expect((await list(admin.token, `status=pending&queueIds=${suporte}`)).body.tickets).toHaveLength(3);
  const withoutQueue = await list(admin.token, 'status=pending&withoutQueue=true');
  expect(withoutQueue.body.tickets.map((t: { queueId: number | null }) => t.queueId)).toEqual([null, null]);
  expect(withoutQueue.body.counts).toEqual({ pending: 2, open: 0, closed: 0 });
  expect((await list(admin.token, `status=pending&queueIds=${suporte}&withoutQueue=true`)).body.tickets).toHaveLength(5);
  expect((await list(admin.token, `status=pending&queueIds=${suporte}&withoutQueue=false`)).body.tickets).toHaveLength(3);
  expect((await list(admin.token, `status=open&userId=${bruno.id}`)).body.tickets).toHaveLength(1);
  expect((await list(admin.token, 'status=open&mine=true')).body.tickets).toHaveLength(0);
});

it('pages with a keyset cursor, newest activity first, without repeating or skipping', async () => {
  const seen: number[] = [];
  const times: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { tickets: { id: number; lastMessageAt: string }[]; nextCursor: string | null; counts?: unknown } } = await list(
      admin.token,
      `status=pending&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (cursor) expect(page.body.counts).toBeUndefined(); // counted on the first page only
    seen.push(...page.body.tickets.map((t) => t.id));
    times.push(...page.body.tickets.map((t) => t.lastMessageAt));
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(seen).toHaveLength(17);
  expect(new Set(seen).size).toBe(17);
  expect([...times].sort().reverse()).toEqual(times);
});

it('searches by contact name, number and message text', async () => {
  expect((await list(admin.token, 'status=pending&search=Cliente%2013')).body.tickets).toHaveLength(1);
  expect((await list(admin.token, 'status=pending&search=900000013')).body.tickets).toHaveLength(1);
  expect((await list(admin.token, 'status=pending&search=atrasou')).body.tickets).toHaveLength(3);
  expect((await list(bruno.token, 'status=pending&search=comprar')).body.tickets).toHaveLength(0); // not his queue
});

it('searches names and message texts without minding accents or case: "joao" finds João, "frete gratis" finds "FRETE GRÁTIS"', async () => {
  const closed = { status: 'closed', queueId: suporte, userId: bruno.id };
  const ids = [
    await seedTicket(101, { ...closed, minutesAgo: 1, name: 'João Araújo', text: 'Tem FRETE GRÁTIS para Campinas?' }),
    await seedTicket(102, { ...closed, minutesAgo: 2, name: 'ÉRICA MÜLLER', text: 'Obrigada!' }),
  ];
  try {
    const found = async (search: string) =>
      (await list(admin.token, `status=closed&search=${encodeURIComponent(search)}`)).body.tickets.map((t: { contact: { name: string } }) => t.contact.name);
    // From three characters on, through the trigram indexes (explain.test.ts checks the plans)…
    expect(await found('joao')).toEqual(['João Araújo']);
    expect(await found('ARAUJO')).toEqual(['João Araújo']);
    expect(await found('erica muller')).toEqual(['ÉRICA MÜLLER']);
    expect(await found('frete gratis')).toEqual(['João Araújo']);
    expect(await found('Frete Grátis para')).toEqual(['João Araújo']);
    expect(await found('fretes')).toEqual([]);
    // …and below three, by reading each ticket's contact and messages: the same folding.
    expect(await found('ÃO')).toEqual(['João Araújo']);
    expect(await found('mü')).toEqual(['ÉRICA MÜLLER']);
    expect(await found('TÍ')).toEqual(['João Araújo']); // "grátis", in the message only
  } finally {
    await ctx().sequelize.query(
      `WITH m AS (DELETE FROM "Messages" WHERE "ticketId" IN (:ids)), t AS (DELETE FROM "Tickets" WHERE id IN (:ids) RETURNING "contactId")
       DELETE FROM "Contacts" WHERE id IN (SELECT "contactId" FROM t)`,
      { replacements: { ids } },
    );
  }
});

it('answers bad list queries with 400', async () => {
  for (const q of ['status=archived', 'queueIds=1,x', 'withoutQueue=yes', 'limit=1000', 'cursor=bad', 'search=' + 'x'.repeat(200), 'foo=1']) {
    const res = await list(admin.token, q);
    expect([res.status, q]).toEqual([400, q]);
  }
});
