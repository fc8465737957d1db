// Seeds one company with a realistic inbox in a few SQL statements (generate_series, no JS loop): contacts,
// queues, attendants, a connection, N tickets (about 5 % pending, 10 % open, the rest closed; last activity
// spread over six months, open and pending ones in the last days) and their messages (1 to 2×avg−1 per
// ticket, plus a few very long conversations for deep history pages), with Portuguese bodies that search can
// find ("boleto", "entrega", the rarer "reembolso"). Deterministic: the same sizes give the same rows.
// Used by bench/ticket-list.ts (100k / 1M) and backend/test/tickets/explain.test.ts (smaller).
// Usage (into an already migrated Atende database): DATABASE_URL=… tsx bench/seed-tickets.ts
//        [--company 1] [--tickets 100000] [--messages 1000000]
import { parseArgs } from 'node:util';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

export interface SeedOptions {
  companyId: number;
  tickets: number;
  /** About this many messages in ordinary tickets; the long conversations come on top. */
  messages: number;
  queues?: number;
  attendants?: number;
  /** Open tickets with `longTicketMessages` messages each: the deep pages of a history. */
  longTickets?: number;
  longTicketMessages?: number;
}

export interface SeedResult {
  tickets: number;
  messages: number;
  contacts: number;
  queueIds: number[];
  userIds: number[];
  whatsappId: number;
  /** The long conversations, biggest history first. */
  longTicketIds: number[];
  seconds: number;
}

const FIRST = [
  'Ana',
  'Bruno',
  'Carla',
  'Daniel',
  'Eduarda',
  'Felipe',
  'Gabriela',
  'Heitor',
  'Isabela',
  'João',
  'Larissa',
  'Marcos',
  'Natália',
  'Otávio',
  'Paula',
  'Rafael',
  'Sofia',
  'Thiago',
  'Vitória',
  'Wagner',
];
const LAST = [
  'Silva',
  'Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
  'Costa',
  'Ribeiro',
  'Martins',
  'Carvalho',
  'Almeida',
  'Lopes',
  'Soares',
  'Fernandes',
  'Vieira',
  'Barbosa',
];
const CUSTOMER = [
  'Olá, bom dia!',
  'Quero saber do meu pedido',
  'O boleto venceu, podem mandar outro?',
  'A entrega está atrasada',
  'Preciso trocar o produto, veio com defeito',
  'Qual o prazo de entrega para Campinas?',
  'Obrigado pela ajuda!',
  'Vocês aceitam pix?',
  'Ainda não recebi a nota fiscal',
  'Posso pagar no cartão em 3 vezes?',
];
const ATTENDANT = [
  'Olá, tudo bem? Como posso ajudar?',
  'Vou verificar, um momento por favor',
  'Segue o novo boleto atualizado',
  'Seu pedido sai para entrega hoje',
  'Posso ajudar em algo mais?',
  'A troca foi aprovada, enviaremos a etiqueta',
  'Aceitamos pix e cartão',
  'A nota fiscal foi enviada por e-mail',
];
const QUEUES = ['Vendas', 'Suporte', 'Financeiro', 'Pós-venda', 'Trocas', 'Cobrança', 'Logística', 'Atacado'];

const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]`;

/** A message body for ticket `t` (an id) and message `k` (1 = first): SQL, so it is evaluated per row. */
function bodySql(t: string, k: string): string {
  // About 1 message in 200 asks for a refund: the rare word a search looks for.
  return `CASE WHEN (${t} * 13 + ${k} * 7) % 200 = 0 THEN 'Quero o reembolso da compra ' || (${t} * 31 + ${k}) % 100000
    WHEN ${k} % 2 = 1 THEN (${sqlArray(CUSTOMER)})[1 + (${t} + ${k}) % ${CUSTOMER.length}] || ' pedido ' || (${t} * 31 + ${k}) % 100000
    ELSE (${sqlArray(ATTENDANT)})[1 + (${t} * 3 + ${k}) % ${ATTENDANT.length}] END`;
}

/**
 * Drops the secondary indexes of `tables` (not those backing constraints), runs `fill`, and builds them again
 * from their own definitions: one sort per index instead of a million insertions into each (GIN trigram
 * indexes above all). The definitions come from the database, so the rebuilt indexes are the migrations'.
 */
async function withIndexesRebuilt(sequelize: Sequelize, transaction: Transaction, tables: string[], fill: () => Promise<void>): Promise<void> {
  const indexes = await sequelize.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname IN (:tables) AND t.relnamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    { replacements: { tables }, type: QueryTypes.SELECT, transaction },
  );
  for (const { name } of indexes) await sequelize.query(`DROP INDEX "${name}"`, { transaction });
  await fill();
  for (const { def } of indexes) await sequelize.query(def, { transaction });
}

export async function seedTickets(sequelize: Sequelize, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const { companyId, tickets: N } = options;
  const avg = Math.max(1, Math.round(options.messages / N));
  const L = Math.min(options.longTickets ?? 5, N);
  const longN = options.longTicketMessages ?? 5000;
  const contacts = Math.ceil(N * 0.8); // some contacts came back: their older tickets are closed
  // Messages in ticket i: the long ones first, then 1 … 2×avg−1 (mean avg), spread by a multiplicative hash.
  const nOf = (i: string) => `(CASE WHEN ${i} <= ${L} THEN ${longN} ELSE 1 + (${i} * 7919) % ${2 * avg - 1} END)`;
  const run = (sql: string, transaction: Transaction, replacements: Record<string, unknown> = {}) =>
    sequelize.query(sql, { replacements: { companyId, ...replacements }, transaction });
  const select = <T extends object>(sql: string, transaction: Transaction, replacements: Record<string, unknown> = {}) =>
    sequelize.query<T>(sql, { replacements: { companyId, ...replacements }, type: QueryTypes.SELECT, transaction });

  const result = await sequelize.transaction(async (transaction) => {
    await run(
      `SET LOCAL statement_timeout = 0; SET LOCAL synchronous_commit = off; SET LOCAL maintenance_work_mem = '256MB'; SELECT setseed(0.42)`,
      transaction,
    );
    const [role] = await select<{ super: boolean }>(`SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user`, transaction);
    // Foreign keys are satisfied by construction; a superuser may skip their per-row checks.
    if (role?.super) await run(`SET LOCAL session_replication_role = replica`, transaction);

    const queueIds = (
      await select<{ id: number }>(
        `INSERT INTO "Queues" ("companyId", name, position) SELECT :companyId, q.name || ' (seed)', q.n
       FROM unnest(${sqlArray(QUEUES.slice(0, options.queues ?? 5))}) WITH ORDINALITY q(name, n) RETURNING id`,
        transaction,
      )
    ).map((r) => r.id);
    const tag = `${companyId}.${Date.now().toString(36)}`;
    const userIds = (
      await select<{ id: number }>(
        `INSERT INTO "Users" ("companyId", name, email, "passwordHash", profile)
       SELECT :companyId, (${sqlArray(FIRST)})[1 + g % ${FIRST.length}] || ' (atendente ' || g || ')', 'seed.' || g || '.' || :tag || '@atende.test', '!', 'user'
       FROM generate_series(1, :k) g RETURNING id`,
        transaction,
        { k: options.attendants ?? 12, tag },
      )
    ).map((r) => r.id);
    await run(
      `INSERT INTO "UserQueues" ("userId", "queueId") SELECT u, (:queueIds::int[])[1 + i % :q]
               FROM unnest(:userIds::int[]) WITH ORDINALITY x(u, i)`,
      transaction,
      { queueIds: `{${queueIds.join(',')}}`, userIds: `{${userIds.join(',')}}`, q: queueIds.length },
    );
    const [whatsapp] = await select<{ id: number }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (:companyId, 'Seed') RETURNING id`, transaction);
    const [{ base } = { base: 0 }] = await select<{ base: number }>(`SELECT nextval(pg_get_serial_sequence('"Tickets"', 'id'))::int AS base`, transaction);
    // Ticket i gets id base + i: the block is reserved, so the messages can find their ticket without a lookup table.
    await run(`SELECT setval(pg_get_serial_sequence('"Tickets"', 'id'), :last)`, transaction, { last: base + N });

    await withIndexesRebuilt(sequelize, transaction, ['Contacts', 'Tickets', 'Messages'], async () => {
      await run(
        `INSERT INTO "Contacts" ("companyId", name, number, "createdAt", "updatedAt")
         SELECT :companyId, (${sqlArray(FIRST)})[1 + i % 20] || ' ' || (${sqlArray(LAST)})[1 + (i / 20) % 20] || ' ' || (${sqlArray(LAST)})[1 + (i / 400) % 20],
                '5519' || lpad(i::text, 9, '0'), ts, ts
         FROM (SELECT i, now() - random() * interval '365 days' AS ts FROM generate_series(1, :contacts) i) x`,
        transaction,
        { contacts },
      );
      await run(
        `INSERT INTO "Tickets" (id, "companyId", "contactId", "whatsappId", status, "userId", "queueId", "unreadMessages",
           "lastMessage", "lastMessageAt", "createdAt", "updatedAt", "acceptedAt", "closedAt", "pendingSince")
         SELECT :base + i, :companyId, c.id, :whatsappId, status,
                CASE WHEN status = 'pending' THEN NULL ELSE (:userIds::int[])[1 + i % :u] END,
                CASE WHEN i % 10 = 0 AND status = 'pending' THEN NULL ELSE (:queueIds::int[])[1 + i % :q] END,
                CASE WHEN status = 'closed' THEN 0 ELSE i % 4 END,
                ${bodySql('(:base + i)', nOf('i'))}, last, created, last,
                CASE WHEN status = 'pending' THEN NULL ELSE created + wait END,
                CASE WHEN status = 'closed' THEN last + interval '2 minutes' END,
                -- Set here: a superuser's seed runs with triggers off (session_replication_role), the 0035 one too.
                date_trunc('milliseconds', created)
         FROM (
           SELECT i, status, last, last - ${nOf('i')} * interval '2 minutes' - wait AS created, wait
           FROM (
             SELECT i, CASE WHEN i <= ${L} THEN 'open' WHEN i > :contacts OR r >= 0.15 THEN 'closed' WHEN r < 0.05 THEN 'pending' ELSE 'open' END AS status,
                    now() - interval '5 minutes' - CASE WHEN i > :contacts OR r >= 0.15 THEN r2 * interval '180 days' ELSE r2 * interval '3 days' END AS last,
                    (1 + r2 * 30) * interval '1 minute' AS wait
             FROM (SELECT i, random() AS r, random() AS r2 FROM generate_series(1, :n) i) g
           ) s
         ) t
         JOIN "Contacts" c ON c."companyId" = :companyId AND c.number = '5519' || lpad((1 + (i - 1) % :contacts)::text, 9, '0')`,
        transaction,
        {
          base,
          whatsappId: whatsapp!.id,
          n: N,
          contacts,
          userIds: `{${userIds.join(',')}}`,
          u: userIds.length,
          queueIds: `{${queueIds.join(',')}}`,
          q: queueIds.length,
        },
      );
      // A close is a line in the ticket's history, as applyTicketChange writes it (the dashboard counts those).
      await run(
        `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId", "createdAt")
         SELECT "companyId", id, "userId", 'closed', 'open', 'closed', "userId", "userId", "queueId", "queueId", "closedAt"
         FROM "Tickets" WHERE id > :base AND id <= :base + :n AND status = 'closed'`,
        transaction,
        { base, n: N },
      );
      await run(
        `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, ack, "sentAt", "createdAt", "updatedAt")
         SELECT :companyId, t.id, t."contactId", :whatsappId, 'seed-' || t.id || '-' || k, k % 2 = 0, ${bodySql('t.id', 'k')},
                CASE WHEN k % 2 = 0 THEN 3 ELSE 0 END, at, at, at
         FROM (SELECT i, ${nOf('i')} AS n FROM generate_series(1, :n) i) p
         JOIN "Tickets" t ON t.id = :base + p.i,
         LATERAL generate_series(1, p.n) k,
         LATERAL (SELECT t."lastMessageAt" - (p.n - k) * interval '2 minutes' AS at) a`,
        transaction,
        { base, whatsappId: whatsapp!.id, n: N },
      );
    });
    const [counts] = await select<{ tickets: number; messages: number }>(
      `SELECT (SELECT count(*) FROM "Tickets" WHERE id > :base AND id <= :last)::int AS tickets,
              (SELECT count(*) FROM "Messages" WHERE "ticketId" > :base AND "ticketId" <= :last)::int AS messages`,
      transaction,
      { base, last: base + N },
    );
    await run(`ANALYZE "Contacts", "Tickets", "Messages", "TicketHistories"`, transaction);
    const longTicketIds = Array.from({ length: L }, (_, j) => base + 1 + j);
    return { ...counts!, contacts, queueIds, userIds, whatsappId: whatsapp!.id, longTicketIds };
  });
  // Statistics came with the rows (ANALYZE above); a visibility map lets index-only scans skip the heap at once.
  // VACUUM cannot run in a transaction; it only sets bits here (no dead rows), and autovacuum would do it later.
  await sequelize.query(`VACUUM "Tickets", "Messages", "TicketHistories"`).catch((err: unknown) => console.warn(`seed: VACUUM skipped (${String(err)})`));
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { company: { type: 'string', default: '1' }, tickets: { type: 'string', default: '100000' }, messages: { type: 'string', default: '1000000' } },
  });
  const { createSequelize } = await import('../backend/src/database/connection.js');
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must name a migrated Atende database');
  const sequelize = createSequelize({ databaseUrl: process.env.DATABASE_URL, databasePoolMax: 2 });
  try {
    const r = await seedTickets(sequelize, { companyId: Number(values.company), tickets: Number(values.tickets), messages: Number(values.messages) });
    console.log(`seeded ${r.tickets} tickets, ${r.messages} messages, ${r.contacts} contacts in ${r.seconds.toFixed(1)} s`);
  } finally {
    await sequelize.close();
  }
}

if (process.argv[1]?.endsWith('seed-tickets.ts')) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
