import { botQueuesOf, companyTimezone, connectionMenu, type BotQueueRow } from '../../db/chatbot.js';
import type { TicketRow } from '../../db/tickets.js';
import type { CompanyHours } from '../queues/queueBusinessHours.js';
import { getSettings } from '../settings/getSettings.js';

/** A queue as the bot offers it (a MenuQueue with its hours). */
export type BotQueue = BotQueueRow;

/** What the chatbot needs of a company: its hours and texts, and its queues by id. */
export interface CompanyBot {
  hours: CompanyHours;
  invalidOption: string;
  /** A customer message that is one of these opts out (services/campaigns/): the bot says nothing to it. */
  optOutKeywords: string[];
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
  const [settings, timezone, queues] = await Promise.all([getSettings(companyId), companyTimezone(companyId), botQueuesOf(companyId)]);
  return {
    hours: { timezone: timezone ?? 'America/Sao_Paulo', businessHours: settings.businessHours, outOfHoursMessage: settings.outOfHoursMessage },
    invalidOption: settings.chatbotInvalidOptionMessage,
    optOutKeywords: settings.optOutKeywords,
    queues: new Map(queues.map((q) => [q.id, q])),
  };
}

export function companyBot(companyId: number): Promise<CompanyBot> {
  return cached(companies, companyId, () => readCompany(companyId));
}

export async function connectionBot(company: CompanyBot, whatsappId: number): Promise<ConnectionBot> {
  const { greeting, queueIds } = await cached(connections, whatsappId, () => connectionMenu(whatsappId));
  return { greeting, menu: queueIds.flatMap((id) => company.queues.get(id) ?? []) };
}

/** One customer message being answered: the ticket as it is now, and what the company and connection offer. */
export interface BotTurn {
  ticket: TicketRow;
  company: CompanyBot;
  connection: ConnectionBot;
}
