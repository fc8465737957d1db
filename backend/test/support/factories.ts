import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import type { ApiClient } from './api.js';
import { until } from './waiting.js';

// Small factories for what another part of the API owns or what a test needs in bulk; they write through
// the real database, never around its constraints.

export async function createQueue(companyId: number, name: string, userIds: number[] = [], whatsappIds: number[] = []): Promise<number> {
  const { sequelize } = ctx();
  const [queue] = await sequelize.query<{ id: number }>(`INSERT INTO "Queues" ("companyId", name) VALUES (:companyId, :name) RETURNING id`, {
    replacements: { companyId, name },
    type: QueryTypes.SELECT,
  });
  for (const userId of userIds) await sequelize.query(`INSERT INTO "UserQueues" ("userId", "queueId") VALUES (${userId}, ${queue!.id})`);
  for (const whatsappId of whatsappIds) await sequelize.query(`INSERT INTO "WhatsappQueues" ("whatsappId", "queueId") VALUES (${whatsappId}, ${queue!.id})`);
  return queue!.id;
}

export interface Attendant {
  id: number;
  token: string;
  email: string;
}

/** Creates an attendant through the API (as the given admin) and logs them in. */
export async function createAttendant(api: ApiClient, adminToken: string, name: string, profile = 'user'): Promise<Attendant> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@atende.test`;
  const created = await api.post('/api/users', { name, email, password: 'attendant-pass-1', profile }, { token: adminToken });
  if (created.status !== 201) throw new Error(`could not create ${email}: ${JSON.stringify(created.body)}`);
  const { token } = await api.login(email, 'attendant-pass-1');
  return { id: created.body.user.id, token, email };
}

export async function ticketOf(number: string): Promise<{ id: number; status: string; queueId: number | null; userId: number | null } | undefined> {
  const [row] = await ctx().sequelize.query<{ id: number; status: string; queueId: number | null; userId: number | null }>(
    `SELECT t.id, t.status, t."queueId", t."userId" FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE c.number = :number ORDER BY t.id DESC LIMIT 1`,
    { replacements: { number }, type: QueryTypes.SELECT },
  );
  return row;
}

/** The id of the latest ticket of this contact's number, once it exists (the pipeline stores it asynchronously). */
export const ticketIdOf = async (contact: { pn: string }): Promise<number> => (await until(() => ticketOf(contact.pn), Boolean, `${contact.pn}'s ticket`))!.id;
