// The Whaticket way of listing, on copies of the same rows: pages by LIMIT/OFFSET, each with a COUNT beside it
// (Sequelize findAndCountAll, both at once), search by LIKE '%x%' through a join on every message of the
// tab, ordered by updatedAt. It is kinder than Whaticket: the copies get btree indexes on its sort orders
// (tickets by company, status, updatedAt; messages by ticket, createdAt); only the trigram indexes are withheld.
import type { Sequelize } from 'sequelize';

export const WT = 'whaticket_list';

export async function createWhaticketCopies(sequelize: Sequelize): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query(
      `SET LOCAL statement_timeout = 0; SET LOCAL maintenance_work_mem = '256MB';
       DROP SCHEMA IF EXISTS ${WT} CASCADE; CREATE SCHEMA ${WT};
       CREATE TABLE ${WT}."Contacts" AS SELECT id, "companyId", name, number, "createdAt", "updatedAt" FROM public."Contacts";
       CREATE TABLE ${WT}."Tickets" AS SELECT id, "companyId", "contactId", "whatsappId", "userId", "queueId", status,
         "unreadMessages", "lastMessage", "acceptedAt", "closedAt", "createdAt", "updatedAt" FROM public."Tickets";
       CREATE TABLE ${WT}."Messages" AS SELECT id, "ticketId", "contactId", body, "fromMe", ack, "mediaType", "createdAt", "updatedAt"
         FROM public."Messages";
       ALTER TABLE ${WT}."Contacts" ADD PRIMARY KEY (id);
       ALTER TABLE ${WT}."Tickets" ADD PRIMARY KEY (id);
       ALTER TABLE ${WT}."Messages" ADD PRIMARY KEY (id);
       CREATE UNIQUE INDEX ON ${WT}."Contacts" ("companyId", number);
       CREATE INDEX ON ${WT}."Tickets" ("companyId", status, "updatedAt" DESC);
       CREATE INDEX ON ${WT}."Messages" ("ticketId", "createdAt" DESC);
       ANALYZE ${WT}."Contacts", ${WT}."Tickets", ${WT}."Messages";`,
      { transaction },
    );
  });
  await sequelize.query(`VACUUM ${WT}."Tickets", ${WT}."Messages"`).catch((err: unknown) => console.warn(`VACUUM of the copies skipped (${String(err)})`));
}

export function whaticketQueries(sequelize: Sequelize, companyId: number) {
  const q = (sql: string, replacements: Record<string, unknown>) => sequelize.query(sql, { replacements: { companyId, ...replacements } });
  const tab = `FROM ${WT}."Tickets" t JOIN ${WT}."Contacts" c ON c.id = t."contactId" WHERE t."companyId" = :companyId AND t.status = :status`;
  const matching = `FROM ${WT}."Tickets" t JOIN ${WT}."Contacts" c ON c.id = t."contactId" LEFT JOIN ${WT}."Messages" m ON m."ticketId" = t.id
    WHERE t."companyId" = :companyId AND t.status = :status AND (lower(c.name) LIKE :p OR c.number LIKE :p OR lower(m.body) LIKE :p)`;
  return {
    async list(status: string, offset: number): Promise<void> {
      await Promise.all([
        q(`SELECT t.*, c.name, c.number ${tab} ORDER BY t."updatedAt" DESC LIMIT 40 OFFSET :offset`, { status, offset }),
        q(`SELECT count(DISTINCT t.id) ${tab}`, { status }),
      ]);
    },
    async search(status: string, term: string): Promise<void> {
      const p = `%${term.toLowerCase()}%`;
      await Promise.all([
        q(`SELECT DISTINCT t.id, t."updatedAt" ${matching} ORDER BY t."updatedAt" DESC LIMIT 40`, { status, p }),
        q(`SELECT count(DISTINCT t.id) ${matching}`, { status, p }),
      ]);
    },
    /** The dashboard's per-day figures over a period, with no index on the time columns (as in Whaticket). */
    async dashboard(from: Date, to: Date): Promise<void> {
      const per = (column: string, duration: string) =>
        q(
          `SELECT (t."${column}" AT TIME ZONE 'America/Sao_Paulo')::date AS day, t."userId", count(*), avg(${duration})
           FROM ${WT}."Tickets" t WHERE t."companyId" = :companyId AND t."${column}" >= :from AND t."${column}" < :to GROUP BY 1, 2`,
          { from, to },
        );
      await Promise.all([
        per('createdAt', `extract(epoch FROM t."acceptedAt" - t."createdAt")`),
        per('closedAt', `extract(epoch FROM t."closedAt" - t."acceptedAt")`),
      ]);
    },
    async history(ticketId: number, offset: number): Promise<void> {
      await Promise.all([
        q(`SELECT * FROM ${WT}."Messages" WHERE "ticketId" = :ticketId ORDER BY "createdAt" DESC LIMIT 40 OFFSET :offset`, { ticketId, offset }),
        q(`SELECT count(*) FROM ${WT}."Messages" WHERE "ticketId" = :ticketId`, { ticketId }),
      ]);
    },
  };
}
