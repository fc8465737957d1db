import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { WeeklySchedule } from '../../lib/businessHours.js';
import type { TicketRow } from '../../presenters/ticket.js';
import type { CompanyHours } from '../queues/queueBusinessHours.js';
import { getSettings } from '../settings/getSettings.js';
import type { MenuQueue } from './menuText.js';

export interface BotQueue extends MenuQueue {
  schedules: WeeklySchedule | null;
}

/** What the chatbot needs of a company: its hours and texts, and its queues by id. */
export interface CompanyBot {
  hours: CompanyHours;
  invalidOption: string;
  queues: Map<number, BotQueue>;
}

/** A connection's greeting and the queues of its menu, in menu order. */
export interface ConnectionBot {
  greeting: string | null;
  menu: BotQueue[];
}

// Read on every customer message of a ticket nobody has yet: forgotten whenever an admin changes settings,
// queues or connections in this process (see subscribeChatbot), and after a few seconds in any case, so
// another backend process's edit is seen quickly too, without a query per message.
const TTL_MS = 5_000;
const companies = new Map<number, { at: number; data: Promise<CompanyBot> }>();
const connections = new Map<number, { at: number; data: Promise<{ greeting: string | null; queueIds: number[] }> }>();

function cached<T>(cache: Map<number, { at: number; data: Promise<T> }>, id: number, read: () => Promise<T>): Promise<T> {
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.data;
  const data = read();
  cache.set(id, { at: Date.now(), data });
  data.catch(() => cache.delete(id));
  return data;
}

export function forgetChatbotData(): void {
  companies.clear();
  connections.clear();
}

async function readCompany(companyId: number): Promise<CompanyBot> {
  const { sequelize } = ctx();
  const [settings, [company], queues] = await Promise.all([
    getSettings(companyId),
    sequelize.query<{ timezone: string }>(`SELECT timezone FROM "Companies" WHERE id = :companyId`, { replacements: { companyId }, type: QueryTypes.SELECT }),
    sequelize.query<BotQueue>(`SELECT id, name, "greetingMessage", "outOfHoursMessage", schedules FROM "Queues" WHERE "companyId" = :companyId`, {
      replacements: { companyId },
      type: QueryTypes.SELECT,
    }),
  ]);
  return {
    hours: { timezone: company?.timezone ?? 'America/Sao_Paulo', businessHours: settings.businessHours, outOfHoursMessage: settings.outOfHoursMessage },
    invalidOption: settings.chatbotInvalidOptionMessage,
    queues: new Map(queues.map((q) => [q.id, q])),
  };
}

async function readConnection(whatsappId: number): Promise<{ greeting: string | null; queueIds: number[] }> {
  const [row] = await ctx().sequelize.query<{ greeting: string | null; queueIds: number[] }>(
    `SELECT w."greetingMessage" AS greeting, ARRAY(
       SELECT q.id FROM "WhatsappQueues" wq JOIN "Queues" q ON q.id = wq."queueId"
       WHERE wq."whatsappId" = w.id ORDER BY q.position, q.name, q.id) AS "queueIds"
     FROM "Whatsapps" w WHERE w.id = :whatsappId`,
    { replacements: { whatsappId }, type: QueryTypes.SELECT },
  );
  return { greeting: row?.greeting ?? null, queueIds: row?.queueIds ?? [] };
}

export function companyBot(companyId: number): Promise<CompanyBot> {
  return cached(companies, companyId, () => readCompany(companyId));
}

export async function connectionBot(company: CompanyBot, whatsappId: number): Promise<ConnectionBot> {
  const { greeting, queueIds } = await cached(connections, whatsappId, () => readConnection(whatsappId));
  return { greeting, menu: queueIds.flatMap((id) => company.queues.get(id) ?? []) };
}

/** One customer message being answered: the ticket as it is now, and what the company and connection offer. */
export interface BotTurn {
  ticket: TicketRow;
  company: CompanyBot;
  connection: ConnectionBot;
}
