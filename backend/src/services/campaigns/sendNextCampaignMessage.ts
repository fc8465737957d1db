import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { lockCampaignPacing, moveCampaignPacing } from '../../db/campaignPacing.js';
import {
  campaignShippingInFlight,
  failPendingShipping,
  finishDoneCampaigns,
  lockNextPendingShipping,
  lockRunningCampaigns,
  nextScheduledStart,
  setShippingSending,
  skipShipping,
  startDueCampaigns,
  type CampaignRef,
  type PendingShipping,
  type SendingCampaign,
} from '../../db/campaignShippings.js';
import { isWithinBusinessHours, nextOpening } from '../../lib/businessHours.js';
import { derivedWid } from '../../lib/derivedWid.js';
import { renderTemplate } from '../../lib/templateVariables.js';
import { messagePreview } from '../messages/messagePreview.js';
import { writeOutgoingMessage } from '../messages/writeOutgoingMessage.js';
import { pickTicketForMessage } from '../tickets/pickTicketForMessage.js';
import { advanceCampaignShippings } from './advanceCampaignShippings.js';

/** What one turn of a connection did, and when it wants to look again. */
export interface CampaignTurn {
  /** When the connection's next turn is due (null: not before an event wakes it). */
  wakeAt: Date | null;
  /** Campaigns whose status changed (scheduled → running, running → finished): announced at once. */
  statusChanged: CampaignRef[];
  /** Campaigns whose counts moved (a recipient claimed or skipped): announced at most once a second. */
  countsMoved: CampaignRef[];
  /** The message written this turn, or the one still waiting for WhatsApp since a while (queued again: idempotent). */
  enqueue?: string;
}

/** How often a connection whose last campaign message is still unsent looks again (the ack event usually comes first). */
const IN_FLIGHT_RECHECK_MS = 5_000;
/** An unsent campaign message older than this is queued again (its job may have been lost with Redis). */
const REQUEUE_AFTER_MS = 5_000;

const earliest = (...dates: (Date | null)[]): Date | null => dates.reduce<Date | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

/**
 * One turn of a connection's campaigns: at most one message leaves, at the connection's pace, whichever campaign it
 * belongs to. Under the connection's CampaignPacing lock (the one cap of the number, across campaigns and
 * processes): scheduled campaigns that are due start; when the pace allows and the previous campaign message has
 * left, the next running campaign after the one that sent last (round-robin) whose sending window is open gives
 * its next pending recipient — claimed pending → sending together with its message (variables filled, the
 * campaign's file) written into the contact's ticket with a WhatsApp id derived from the shipping, and the pace
 * moved on: one transaction. A recipient opted out (or turned group) since the start is skipped at its turn.
 *
 * Crash semantics: a shipping is never 'sending' without its message. A crash before the commit leaves it pending
 * (a later turn sends it once); after the commit the message sits at ack 0 and the outbound queue — whose sweep
 * re-queues unsent messages at boot, and this turn re-queues an old in-flight one — sends it with its fixed id,
 * which WhatsApp recognises if an attempt had already reached it. Nothing skipped, nothing doubled.
 */
export async function sendNextCampaignMessage(whatsappId: number): Promise<CampaignTurn> {
  const { sequelize, outbound, config } = ctx();
  const turn = await sequelize.transaction(async (transaction): Promise<CampaignTurn> => {
    const pacing = await lockCampaignPacing(transaction, whatsappId, new Date());
    const idle: CampaignTurn = { wakeAt: null, statusChanged: [], countsMoved: [] };
    if (!pacing) return idle; // the connection is gone
    // Read after the lock: a turn that waited for another one sees the pace that one set.
    const now = new Date();
    const statusChanged = await startDueCampaigns(now, whatsappId, transaction);
    const nextStart = await nextScheduledStart(whatsappId, transaction);
    const campaigns = await lockRunningCampaigns(transaction, whatsappId);
    const result: CampaignTurn = { wakeAt: nextStart, statusChanged, countsMoved: [] };
    if (campaigns.length === 0) return result;
    if (pacing.nextSendAt > now) return { ...result, wakeAt: earliest(pacing.nextSendAt, nextStart) };
    const inFlight = await campaignShippingInFlight(transaction, whatsappId);
    if (inFlight && inFlight.ack >= 1) {
      // Taken by WhatsApp, its ack not looked at yet (or lost with a crash): moved on here, and paced from now.
      for (const moved of await advanceCampaignShippings(transaction, inFlight.messageId))
        result.countsMoved.push({ id: moved.campaignId, companyId: moved.companyId, whatsappId: moved.whatsappId });
      return { ...result, wakeAt: new Date(now.getTime() + 60_000 / config.campaignMaxRatePerMinute) };
    }
    if (inFlight) {
      const old = now.getTime() - new Date(inFlight.createdAt).getTime() > REQUEUE_AFTER_MS;
      return { ...result, wakeAt: new Date(now.getTime() + IN_FLIGHT_RECHECK_MS), ...(old && { enqueue: inFlight.messageId }) };
    }

    let opensAt: Date | null = null;
    for (const campaign of roundRobin(campaigns, pacing.lastCampaignId)) {
      if (!isWithinBusinessHours(campaign.sendingWindow, campaign.timezone, now)) {
        opensAt = earliest(opensAt, nextOpening(campaign.sendingWindow, campaign.timezone, now));
        continue;
      }
      for (;;) {
        const shipping = await lockNextPendingShipping(transaction, campaign.id);
        const ref = { id: campaign.id, companyId: campaign.companyId, whatsappId };
        if (!shipping) {
          result.statusChanged.push(...(await finishDoneCampaigns(campaign.id, transaction)));
          break;
        }
        result.countsMoved.push(ref);
        if (shipping.optedOut || shipping.isGroup) {
          await skipShipping(transaction, shipping.id, shipping.optedOut ? 'opted_out' : 'group');
          continue;
        }
        const messageId = await writeCampaignMessage(transaction, campaign, shipping, whatsappId, now);
        if (messageId === undefined) continue;
        const rate = Math.min(campaign.ratePerMinute, config.campaignMaxRatePerMinute);
        const next = new Date(now.getTime() + 60_000 / rate + Math.random() * campaign.jitterSeconds * 1000);
        await moveCampaignPacing(transaction, whatsappId, next, campaign.id);
        return { ...result, wakeAt: next, enqueue: String(messageId) };
      }
    }
    return { ...result, wakeAt: earliest(opensAt, nextStart) };
  });
  if (turn.enqueue !== undefined) outbound.enqueue(whatsappId, turn.enqueue);
  return turn;
}

/** The campaigns after the one that sent last, then from the first: each running campaign takes its turn. */
function roundRobin(campaigns: SendingCampaign[], lastCampaignId: number | null): SendingCampaign[] {
  if (lastCampaignId === null) return campaigns;
  return [...campaigns.filter((c) => c.id > lastCampaignId), ...campaigns.filter((c) => c.id <= lastCampaignId)];
}

/**
 * Writes the recipient's message where the campaign's ticketMode says (pickTicketForMessage: the contact's active
 * ticket on the connection if there is one; otherwise a waiting ticket in the campaign's queue, or history only).
 * Written as Atende's own (automatic): it neither reads the attendant's conversation nor becomes its preview. The
 * shipping moves to 'sending' with the message's id; the message id, or undefined when the text came out empty (the
 * shipping failed instead). {{protocol}} is the ticket's when the message goes into a conversation (the active ticket,
 * or a waiting one made for it); empty when it only goes into the history (a closed ticket, "history only" mode).
 */
async function writeCampaignMessage(
  transaction: Transaction,
  campaign: SendingCampaign,
  shipping: PendingShipping,
  whatsappId: number,
  now: Date,
): Promise<string | number | undefined> {
  const variant = campaign.messages[shipping.variant % campaign.messages.length]!;
  // {{protocol}} is the ticket's the message goes into, known once that ticket is picked (or made) below.
  const render = (protocol: number | null) =>
    renderTemplate(variant.body, {
      contactName: shipping.contactName,
      contactNumber: shipping.number,
      attendantName: campaign.userName,
      protocol,
      timezone: campaign.timezone,
      at: now,
    }).trim();
  const draft = render(null);
  const media = campaign.mediaPath
    ? {
        path: campaign.mediaPath,
        mediaType: campaign.mediaType ?? 'document',
        mimetype: campaign.mimetype ?? '',
        size: campaign.size ?? 0,
        fileName: campaign.fileName ?? '',
      }
    : undefined;
  // A text that is nothing but the protocol is as empty as one that is nothing at all.
  if (!draft && !media) {
    await failPendingShipping(transaction, shipping.id, 'ERR_CAMPAIGN_MESSAGE_EMPTY');
    return undefined;
  }
  const { companyId } = campaign;
  const at = { companyId, contactId: shipping.contactId, whatsappId };
  const preview = (protocol: number | null) => messagePreview({ body: render(protocol), mediaType: media?.mediaType ?? 'text' });
  // A throw (the customer opened a ticket meanwhile) rolls back; the next turn writes into theirs.
  const picked = await pickTicketForMessage(transaction, at, { mode: campaign.ticketMode, queueId: campaign.queueId, preview });
  const { ticketId, ticketCreated } = picked;
  const body = render(picked.protocol);
  const wid = derivedWid('campaign', shipping.id);
  const target = { ...at, ticketId, contactName: shipping.contactName, number: shipping.number };
  const message = await writeOutgoingMessage(transaction, target, { body, media, automatic: true, wid, ticketCreated });
  await setShippingSending(transaction, shipping.id, message.id, wid);
  return message.id;
}
