import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// A conversation's history page by page, and in one answer down to a quoted message far back (the chat's
// "jump to the quoted message").
let app: TestApp;
let token: string;
let ticketId: number;
let otherTicketMessage: number;
let ids: number[]; // newest first, as the API answers
const TOTAL = 2_100;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  const { sequelize } = ctx();
  const one = async <T extends object>(sql: string) => (await sequelize.query<T>(sql, { type: QueryTypes.SELECT }))[0]!;
  const whatsapp = await one<{ id: number }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (1, 'Loja') RETURNING id`);
  const contact = await one<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (1, 'Ana', '5511977772001') RETURNING id`);
  const ticket = await one<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", status) VALUES (1, ${contact.id}, ${whatsapp.id}, 'pending') RETURNING id`,
  );
  ticketId = ticket.id;
  await sequelize.query(
    `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "sentAt")
     SELECT 1, ${ticketId}, ${contact.id}, ${whatsapp.id}, 'w' || i, i % 2 = 0, 'mensagem ' || i, now() - make_interval(secs => ${TOTAL} - i)
     FROM generate_series(1, ${TOTAL}) i`,
  );
  ids = (
    await sequelize.query<{ id: number }>(`SELECT id FROM "Messages" WHERE "ticketId" = ${ticketId} ORDER BY "sentAt" DESC, id DESC`, {
      type: QueryTypes.SELECT,
    })
  ).map((r) => Number(r.id));
  const other = await one<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (1, 'Bia', '5511977772002') RETURNING id`);
  const otherTicket = await one<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", status) VALUES (1, ${other.id}, ${whatsapp.id}, 'pending') RETURNING id`,
  );
  otherTicketMessage = Number(
    (
      await one<{ id: number }>(
        `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body) VALUES (1, ${otherTicket.id}, ${other.id}, ${whatsapp.id}, 'x1', false, 'oi') RETURNING id`,
      )
    ).id,
  );
}, 60_000);
afterAll(() => app.stop());

const history = (query: string) => app.api.get(`/api/messages/${ticketId}?${query}`, { token });
const idsOf = (body: { messages: { id: number }[] }) => body.messages.map((m) => Number(m.id));

it('pages through the history newest first, each page where the last one ended', async () => {
  const first = await history('limit=50');
  expect(idsOf(first.body)).toEqual(ids.slice(0, 50));
  const second = await history(`limit=50&before=${encodeURIComponent(first.body.nextCursor)}`);
  expect(idsOf(second.body)).toEqual(ids.slice(50, 100));
});

it('answers down to a quoted message in one page, with a few older ones for context, ready to go on from there', async () => {
  const target = ids[699]!; // 700 messages back
  const res = await history(`limit=50&until=${target}`);
  expect(res.status).toBe(200);
  expect(idsOf(res.body)).toEqual(ids.slice(0, 710));
  const next = await history(`limit=50&before=${encodeURIComponent(res.body.nextCursor)}`);
  expect(idsOf(next.body)).toEqual(ids.slice(710, 760));

  // From a cursor: the stretch starts where the loaded history ends.
  const first = await history('limit=50');
  const from = await history(`limit=50&before=${encodeURIComponent(first.body.nextCursor)}&until=${ids[120]}`);
  expect(idsOf(from.body)).toEqual(ids.slice(50, 131));
  // Already loaded (newer than the cursor), or not this ticket's: an ordinary page.
  expect(idsOf((await history(`limit=50&before=${encodeURIComponent(first.body.nextCursor)}&until=${ids[10]}`)).body)).toEqual(ids.slice(50, 100));
  expect(idsOf((await history(`limit=50&until=${otherTicketMessage}`)).body)).toEqual(ids.slice(0, 50));
});

it('stops at 2,000 messages when the quote is further back, and says there is more', async () => {
  const res = await history(`limit=50&until=${ids[TOTAL - 1]}`);
  expect(idsOf(res.body)).toEqual(ids.slice(0, 2_000));
  expect(res.body.nextCursor).toEqual(expect.any(String));
});

it('refuses a malformed target with a 400', async () => {
  for (const until of ['abc', '-1', '0', '1.5']) {
    const res = await history(`until=${until}`);
    expect([res.status, res.body.error.code]).toEqual([400, 'ERR_VALIDATION']);
  }
});
