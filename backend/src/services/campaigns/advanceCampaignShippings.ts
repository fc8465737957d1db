import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { pushCampaignPacing } from '../../db/campaignPacing.js';
import { advanceShippings, type MovedShipping } from '../../db/campaignShippings.js';

/**
 * Moves the shippings of a campaign message on to what its ack says (sent, delivered, read). When one leaves
 * 'sending' — WhatsApp took it — the connection's next campaign message waits a full interval from now: the
 * interval counts from when a message really left, so the gaps the recipients see never shrink below the rate,
 * however long each send took. The caller holds the connection's pacing lock, so no turn claims the next one
 * between the move and the push.
 */
export async function advanceCampaignShippings(transaction: Transaction, messageId: string | number): Promise<MovedShipping[]> {
  const moved = await advanceShippings(messageId, transaction);
  for (const shipping of moved) {
    if (shipping.previous !== 'sending' || shipping.whatsappId === null) continue;
    const rate = Math.min(shipping.ratePerMinute, ctx().config.campaignMaxRatePerMinute);
    await pushCampaignPacing(transaction, shipping.whatsappId, new Date(Date.now() + 60_000 / rate));
  }
  return moved;
}
