import pg from 'pg';
import type { WeeklySchedule } from '../../src/lib/businessHours.js';
import { until } from './waiting.js';

// Campaigns for the engine's tests, made the way an admin makes them: a draft through POST /api/campaigns, started
// with POST /api/campaigns/:id/start (which resolves the audience into shippings and wakes the engine), paused,
// resumed and cancelled through their routes. What the tests read back beyond the API's view (each shipping's
// WhatsApp id, the exact status per row) comes straight from the database, through `pg` and a database URL, so it
// serves a backend in its own process too; so does the bulk insert of contacts (fixtures, not what is tested).

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

/** A campaign to explicit contacts, as the wizard sends it. */
export interface CampaignDraft {
  whatsappId: number;
  contactIds: number[];
  /** The variants' bodies (1–5). */
  messages: string[];
  ratePerMinute: number;
  jitterSeconds?: number;
  sendingWindow?: WeeklySchedule | null;
  ticketMode?: 'open' | 'log';
  queueId?: number | null;
  /** Ahead: the start leaves it 'scheduled'. */
  scheduledAt?: Date;
  name?: string;
}

/** A response body, reached into field by field as support/api.ts's `Json`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON by design (see support/api.ts)
type Json = any;

/**
 * What these helpers need of an API client: support/api.ts's ApiClient fits. Not imported from there, so that the
 * bench (bench/campaign.ts, compiled with the DOM's fetch types, which api.ts's Buffer bodies do not fit) can pass
 * its own.
 */
export interface CampaignApi {
  post(path: string, body?: unknown, options?: { token?: string }): Promise<{ status: number; body: Json }>;
  get(path: string, options?: { token?: string }): Promise<{ status: number; body: Json }>;
}

/** An admin's (or supervisor's) API client and access token. */
export interface CampaignCaller {
  api: CampaignApi;
  token: string;
}

async function expectOk(what: string, response: Promise<{ status: number; body: Json }>, status = 200): Promise<Json> {
  const res = await response;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates the draft and starts it (running, or scheduled when scheduledAt is ahead); the started campaign's view. */
export async function startCampaignThroughApi({ api, token }: CampaignCaller, draft: CampaignDraft): Promise<Json> {
  const { contactIds, messages, scheduledAt, name, ...rest } = draft;
  const created = await expectOk(
    'creating the campaign',
    api.post(
      '/api/campaigns',
      {
        name: name ?? 'Campanha de teste',
        messages: messages.map((body) => ({ body })),
        target: { contactIds },
        ...(scheduledAt ? { scheduledAt: scheduledAt.toISOString() } : {}),
        ...rest,
      },
      { token },
    ),
    201,
  );
  return (await expectOk('starting the campaign', api.post(`/api/campaigns/${created.campaign.id}/start`, undefined, { token }))).campaign;
}

/** POST /api/campaigns/:id/pause|resume|cancel; the campaign's view after it. */
export async function moveCampaign({ api, token }: CampaignCaller, campaignId: number, move: 'pause' | 'resume' | 'cancel'): Promise<Json> {
  return (await expectOk(`${move} of campaign ${campaignId}`, api.post(`/api/campaigns/${campaignId}/${move}`, undefined, { token }))).campaign;
}

/** GET /api/campaigns/:id: the view with its stats. */
export async function campaignOf({ api, token }: CampaignCaller, campaignId: number): Promise<Json> {
  return (await expectOk(`reading campaign ${campaignId}`, api.get(`/api/campaigns/${campaignId}`, { token }))).campaign;
}

/** Waits for the campaign to finish (read through the API); its view then. */
export function campaignFinished(caller: CampaignCaller, campaignId: number, timeoutMs = 30_000, what = () => ''): Promise<Json> {
  return until(
    () => campaignOf(caller, campaignId),
    (c) => c.status === 'finished',
    () => `campaign ${campaignId} finished${what()}`,
    timeoutMs,
  );
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
