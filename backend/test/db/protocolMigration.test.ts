import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { QueryTypes, type Sequelize } from 'sequelize';
import { createSequelize } from '../../src/database/connection.js';
import { createMigrator } from '../../src/database/migrator.js';
import { configureLogger } from '../../src/lib/logger.js';

// Migrations 0030 (protocol numbers) and 0035 (pendingSince) on rows that existed before them: a database
// migrated up to 0029 gets tickets of two companies — inserted out of creation order, with a tie in time —
// then migrates on. Every old ticket gets a number, unique and without gaps per company in creation order, and
// the next new ticket continues its company's sequence; pendingSince comes from the history where it says when
// the ticket last became pending, else from the creation.
let name: string;
let sequelize: Sequelize;

function urlOf(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  configureLogger({ level: 'error', format: 'pretty', silent: true }); // the migrator reports each step
  // Empty, not cloned from the migrated template: this file runs the migrations itself.
  name = `atende_t_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  sequelize = createSequelize({ databaseUrl: urlOf(name), databasePoolMax: 2 });
}, 60_000);
afterAll(async () => {
  await sequelize?.close();
  if (name) await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

const rows = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) => sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
const first = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) => (await rows<T>(sql, replacements))[0]!;

/** A ticket as it could be stored before 0030, created `minutesAgo` ago, with a contact of its own. */
async function oldTicket(companyId: number, whatsappId: number, minutesAgo: number, status = 'closed'): Promise<number> {
  const contact = await first<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, 'Antigo', :number) RETURNING id`, {
    companyId,
    number: `5511${randomBytes(4).readUInt32BE() % 1_000_000_000}`,
  });
  const ticket = await first<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", status, "createdAt")
     VALUES (:companyId, :contactId, :whatsappId, :status, now() - make_interval(mins => :minutesAgo)) RETURNING id`,
    { companyId, contactId: contact.id, whatsappId, status, minutesAgo },
  );
  return ticket.id;
}

it('numbers the tickets that existed before migration 0030 per company in creation order, and new ones continue the sequence', async () => {
  const migrator = createMigrator(sequelize);
  await migrator.up({ to: '0029-task-reminder-seen' });
  expect((await migrator.executed()).at(-1)?.name).toBe('0029-task-reminder-seen');
  expect(await rows(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Tickets' AND column_name = 'protocol'`)).toEqual([]);

  const company = async (label: string) => {
    const { id } = await first<{ id: number }>(`INSERT INTO "Companies" (name) VALUES (:label) RETURNING id`, { label });
    const whatsapp = await first<{ id: number }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (:id, 'Loja') RETURNING id`, { id });
    return { id, whatsappId: whatsapp.id };
  };
  const a = await company('A');
  const b = await company('B');
  // Inserted (ids) in an order unlike their creation times, the two companies interleaved; two of A's at the
  // same instant (the id breaks the tie).
  const aTickets = [await oldTicket(a.id, a.whatsappId, 30), await oldTicket(a.id, a.whatsappId, 50, 'open')];
  const bTickets = [await oldTicket(b.id, b.whatsappId, 40), await oldTicket(b.id, b.whatsappId, 90, 'pending')];
  const reopened = await oldTicket(a.id, a.whatsappId, 600, 'pending');
  aTickets.push(reopened, await oldTicket(a.id, a.whatsappId, 10));
  bTickets.push(await oldTicket(b.id, b.whatsappId, 5));
  const tie = await first<{ at: string }>(`SELECT "createdAt"::text AS at FROM "Tickets" WHERE id = :id`, { id: aTickets[0] });
  const twin = await oldTicket(a.id, a.whatsappId, 0);
  await sequelize.query(`UPDATE "Tickets" SET "createdAt" = :at::timestamptz WHERE id = :id`, { replacements: { at: tie.at, id: twin } });
  aTickets.push(twin);
  // The reopened one's history: closed and reopened (into pending) 15 minutes ago, then moved to another queue
  // while waiting (pending → pending: its wait goes on).
  await sequelize.query(
    `INSERT INTO "TicketHistories" ("companyId", "ticketId", action, "fromStatus", "toStatus", "createdAt") VALUES
       (:companyId, :id, 'closed', 'pending', 'closed', now() - interval '100 minutes'),
       (:companyId, :id, 'reopened', 'closed', 'pending', now() - interval '15 minutes'),
       (:companyId, :id, 'transferred', 'pending', 'pending', now() - interval '5 minutes')`,
    { replacements: { companyId: a.id, id: reopened } },
  );

  await migrator.up();
  expect(await migrator.pending()).toEqual([]);

  const numbered = (companyId: number) =>
    rows<{ id: number; protocol: number }>(`SELECT id, protocol FROM "Tickets" WHERE "companyId" = :companyId ORDER BY "createdAt", id`, { companyId });
  const inA = await numbered(a.id);
  const inB = await numbered(b.id);
  // Every old ticket numbered, 1..n in creation order (id for the tie), per company.
  expect(inA.map((t) => t.protocol)).toEqual([1, 2, 3, 4, 5]);
  expect(inB.map((t) => t.protocol)).toEqual([1, 2, 3]);
  expect(new Set(inA.map((t) => t.id))).toEqual(new Set(aTickets));
  const tied = inA.filter((t) => t.id === aTickets[0] || t.id === twin);
  expect(tied).toEqual([
    { id: aTickets[0], protocol: tied[0]!.protocol },
    { id: twin, protocol: tied[0]!.protocol + 1 },
  ]);

  // New tickets continue each company's own sequence.
  const next = async (company: { id: number; whatsappId: number }) =>
    (await first<{ protocol: number }>(`SELECT protocol FROM "Tickets" WHERE id = :id`, { id: await oldTicket(company.id, company.whatsappId, 0) })).protocol;
  expect(await next(a)).toBe(6);
  expect(await next(b)).toBe(4);
  expect(await next(a)).toBe(7);

  // 0035's backfill: the last move into pending the history knows of, else the creation.
  const since = await rows<{ id: number; exact: boolean; fromCreation: boolean; minutes: number }>(
    `SELECT id, "pendingSince" = date_trunc('milliseconds', "pendingSince") AS exact,
            "pendingSince" = date_trunc('milliseconds', "createdAt") AS "fromCreation",
            extract(epoch FROM now() - "pendingSince") / 60 AS minutes
     FROM "Tickets" WHERE id IN (:ids)`,
    { ids: [...aTickets, ...bTickets] },
  );
  expect(since.every((s) => s.exact)).toBe(true);
  const reopenedSince = since.find((s) => s.id === reopened)!;
  expect(reopenedSince.fromCreation).toBe(false);
  expect(Math.round(Number(reopenedSince.minutes))).toBe(15);
  expect(since.filter((s) => s.id !== reopened).every((s) => s.fromCreation)).toBe(true);
}, 120_000);
