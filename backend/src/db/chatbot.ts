import type { Transaction } from 'sequelize';
import type { WeeklySchedule } from '../lib/businessHours.js';
import { settingDefaults } from '../services/settings/registry.js';
import { exec, many, one } from './sql.js';

// What the chatbot reads and writes: the company's queues and a connection's menu as the bot shows them, a
// queue's options, and where a customer is in the menu (the ticket's "chatbotState"), with its claims
// (the out-of-hours notice once per closed period) and its timeout.

/** A queue as the bot offers it. */
export interface BotQueueRow {
  id: number;
  name: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  schedules: WeeklySchedule | null;
}

export async function companyTimezone(companyId: number): Promise<string | undefined> {
  return (await one<{ timezone: string }>(`SELECT timezone FROM "Companies" WHERE id = :companyId`, { companyId }))?.timezone;
}

export function botQueuesOf(companyId: number): Promise<BotQueueRow[]> {
  return many<BotQueueRow>(`SELECT id, name, "greetingMessage", "outOfHoursMessage", schedules FROM "Queues" WHERE "companyId" = :companyId`, { companyId });
}

/** A connection's greeting and the queues of its menu, in menu order. */
export async function connectionMenu(whatsappId: number): Promise<{ greeting: string | null; queueIds: number[] }> {
  const row = await one<{ greeting: string | null; queueIds: number[] }>(
    `SELECT w."greetingMessage" AS greeting, ARRAY(
       SELECT q.id FROM "WhatsappQueues" wq JOIN "Queues" q ON q.id = wq."queueId"
       WHERE wq."whatsappId" = w.id ORDER BY q.position, q.name, q.id) AS "queueIds"
     FROM "Whatsapps" w WHERE w.id = :whatsappId`,
    { whatsappId },
  );
  return { greeting: row?.greeting ?? null, queueIds: row?.queueIds ?? [] };
}

/** The ticket's menu state as stored (a JSON object with its step and when it was shown), or null. */
export async function storedChatbotState(ticketId: number): Promise<Record<string, unknown> | null> {
  const row = await one<{ state: Record<string, unknown> | null }>(`SELECT "chatbotState" AS state FROM "Tickets" WHERE id = :ticketId`, { ticketId });
  return row?.state ?? null;
}

/** Stores the state with the time it is shown (the chatbot timeout counts from it); null leaves the menu. */
export async function storeChatbotState(ticketId: number, state: object | null, transaction?: Transaction): Promise<void> {
  await exec(
    `UPDATE "Tickets" SET "chatbotState" = CASE WHEN :state::jsonb IS NULL THEN NULL
       ELSE :state::jsonb || jsonb_build_object('sentAt', now()) END WHERE id = :ticketId`,
    { ticketId, state: state ? JSON.stringify(state) : null },
    { transaction },
  );
}

/**
 * Claims the ticket's out-of-hours notice for the closed period that began at `since`: false when it was sent
 * already, or when the AI agent answers the ticket (the bot phase: it answers at any hour, so "we are closed"
 * would contradict it).
 */
export async function claimOutOfHoursNotice(transaction: Transaction, ticketId: number, since: Date | null): Promise<boolean> {
  const claimed = await many(
    `UPDATE "Tickets" SET "outOfHoursSentAt" = now()
       WHERE id = :ticketId AND NOT "botActive" AND ("outOfHoursSentAt" IS NULL OR "outOfHoursSentAt" < :since::timestamptz) RETURNING id`,
    { ticketId, since: since?.toISOString() ?? null },
    { transaction },
  );
  return claimed.length > 0;
}

/** Ends the menus shown longer ago than their company's chatbot timeout; the tickets let go. */
export function expireChatbotMenus(now: Date): Promise<{ id: number; companyId: number; queueId: number | null }[]> {
  return many(
    `UPDATE "Tickets" t SET "chatbotState" = NULL
     WHERE t."chatbotState" IS NOT NULL AND (t."chatbotState"->>'sentAt')::timestamptz < :now::timestamptz - make_interval(mins => COALESCE(
       (SELECT (value #>> '{}')::int FROM "Settings" s WHERE s."companyId" = t."companyId" AND s.key = 'chatbotTimeoutMinutes'), ${settingDefaults.chatbotTimeoutMinutes}))
     RETURNING t.id, t."companyId", t."queueId"`,
    { now: now.toISOString() },
  );
}
