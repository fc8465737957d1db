import pg from 'pg';
import { domainEvents } from '../../src/events/bus.js';
import type { WeeklySchedule } from '../../src/lib/businessHours.js';

// Campaigns as the start (POST /api/campaigns/:id/start) leaves them, written straight into a test backend's
// database — for the engine's tests, which do not depend on the campaign routes. The audience rules are the
// start's: opted-out contacts, groups and invalid numbers are skipped with their reason, the others pending with
// their variant rotated per recipient. Through `pg` and a database URL, so it serves a backend in its own process too.

const pools = new Map<string, pg.Pool>();

async function withDatabase<T>(databaseUrl: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let pool = pools.get(databaseUrl);
  if (!pool) pools.set(databaseUrl, (pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })));
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/** Closes the fixture's connections (afterAll). */
export async function closeCampaignFixtures(): Promise<void> {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((p) => p.end()));
}

/** Inserts contacts of the first company (id 1) in bulk; their ids, in the order given. */
export function insertContacts(databaseUrl: string, contacts: { name: string; number: string }[], companyId = 1): Promise<number[]> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Contacts" ("companyId", name, number)
       SELECT $1, name, number FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(name, number, n) ORDER BY n RETURNING id`,
      [companyId, contacts.map((c) => c.name), contacts.map((c) => c.number)],
    );
    return rows.map((r) => r.id);
  });
}

export interface CampaignFixture {
  whatsappId: number;
  contactIds: number[];
  /** The variants' bodies (1–5). */
  messages: string[];
  ratePerMinute: number;
  jitterSeconds?: number;
  sendingWindow?: WeeklySchedule | null;
  ticketMode?: 'open' | 'log';
  queueId?: number | null;
  /** 'scheduled' needs scheduledAt; 'paused' is a running campaign an admin paused. */
  status?: 'running' | 'scheduled' | 'paused';
  scheduledAt?: Date;
  companyId?: number;
  userId?: number | null;
  name?: string;
}

/** A started campaign with its shippings (one per contact, in the order of their ids); its id. */
export function insertStartedCampaign(databaseUrl: string, fixture: CampaignFixture): Promise<number> {
  const companyId = fixture.companyId ?? 1;
  const status = fixture.status ?? 'running';
  return withDatabase(databaseUrl, async (client) => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Campaigns" ("companyId", name, "whatsappId", "userId", status, messages, target, "scheduledAt", "ratePerMinute",
         "jitterSeconds", "sendingWindow", "ticketMode", "queueId", "startedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          companyId,
          fixture.name ?? 'Campanha de teste',
          fixture.whatsappId,
          fixture.userId ?? null,
          status,
          JSON.stringify(fixture.messages.map((body) => ({ body }))),
          JSON.stringify({ tagIds: [], contactIds: fixture.contactIds, contactListIds: [] }),
          fixture.scheduledAt ?? null,
          fixture.ratePerMinute,
          fixture.jitterSeconds ?? 0,
          fixture.sendingWindow ? JSON.stringify(fixture.sendingWindow) : null,
          fixture.ticketMode ?? 'log',
          fixture.queueId ?? null,
          status === 'scheduled' ? null : new Date(),
        ],
      );
      const campaignId = rows[0]!.id;
      await client.query(
        `INSERT INTO "CampaignShippings" ("companyId", "campaignId", "contactId", number, variant, status, reason)
       SELECT c."companyId", $1, c.id, c.number, (row_number() OVER (ORDER BY c.id) - 1) % $3,
              CASE WHEN c."optedOutAt" IS NOT NULL OR c."isGroup" OR c.number !~ '^[0-9]{10,15}$' THEN 'skipped' ELSE 'pending' END,
              CASE WHEN c."optedOutAt" IS NOT NULL THEN 'opted_out' WHEN c."isGroup" THEN 'group' WHEN c.number !~ '^[0-9]{10,15}$' THEN 'invalid_number' END
       FROM "Contacts" c WHERE c.id = ANY($2::int[]) AND c."companyId" = $4
       ON CONFLICT DO NOTHING`,
        [campaignId, fixture.contactIds, fixture.messages.length, companyId],
      );
      await client.query('COMMIT');
      return campaignId;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/** Sets a campaign's status (what pause, resume and cancel do); announce it with campaignChanged in-process. */
export function setCampaignStatus(databaseUrl: string, campaignId: number, status: 'running' | 'paused' | 'cancelled'): Promise<void> {
  return withDatabase(databaseUrl, async (client) => {
    await client.query(`UPDATE "Campaigns" SET status = $2, "updatedAt" = now() WHERE id = $1`, [campaignId, status]);
  });
}

/** What the campaign routes publish after their commit: the engine of this process wakes up. */
export function campaignChanged(campaignId: number, whatsappId: number, companyId = 1): void {
  domainEvents.publish('campaign.changed', { companyId, action: 'updated', campaignId, whatsappId });
}

export interface ShippingRow {
  contactId: number;
  number: string;
  variant: number;
  status: string;
  reason: string | null;
  wid: string | null;
  messageId: string | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  repliedAt: Date | null;
}

/** The campaign's shippings, in the order of their ids. */
export function shippingsOf(databaseUrl: string, campaignId: number): Promise<ShippingRow[]> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<ShippingRow>(
      `SELECT "contactId", number, variant, status, reason, wid, "messageId", "sentAt", "deliveredAt", "readAt", "repliedAt"
       FROM "CampaignShippings" WHERE "campaignId" = $1 ORDER BY id`,
      [campaignId],
    );
    return rows;
  });
}

export function campaignRow(databaseUrl: string, campaignId: number): Promise<{ status: string; startedAt: Date | null; finishedAt: Date | null }> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT status, "startedAt", "finishedAt" FROM "Campaigns" WHERE id = $1`, [campaignId]);
    return rows[0];
  });
}

/** Counts of the campaign's shippings per status. */
export function statusCounts(databaseUrl: string, campaignId: number): Promise<Record<string, number>> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "CampaignShippings" WHERE "campaignId" = $1 GROUP BY status`,
      [campaignId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  });
}
