import type { Transaction } from 'sequelize';
import { exec, one } from './sql.js';

// "CampaignPacing": one row per connection (migration 0025) — when its next campaign message may leave, and which
// campaign sent last. Every send locks it: two campaigns on one number, in one process or several, share one cap.

export interface CampaignPacing {
  nextSendAt: Date;
  lastCampaignId: number | null;
}

/**
 * The connection's pacing row, created on its first use and locked until `transaction` ends: the one lock every
 * campaign send of the connection takes, so sends serialise per number. Undefined when the connection is gone.
 */
export async function lockCampaignPacing(transaction: Transaction, whatsappId: number, now: Date): Promise<CampaignPacing | undefined> {
  await exec(
    `INSERT INTO "CampaignPacing" ("whatsappId", "nextSendAt") SELECT id, :now FROM "Whatsapps" WHERE id = :whatsappId ON CONFLICT DO NOTHING`,
    { whatsappId, now },
    { transaction },
  );
  const row = await one<{ nextSendAt: Date | string; lastCampaignId: number | null }>(
    `SELECT "nextSendAt", "lastCampaignId" FROM "CampaignPacing" WHERE "whatsappId" = :whatsappId FOR UPDATE`,
    { whatsappId },
    { transaction },
  );
  return row && { nextSendAt: new Date(row.nextSendAt), lastCampaignId: row.lastCampaignId };
}

/** After a send (the caller holds the lock): the next may leave at `nextSendAt`; `campaignId` sent this one. */
export async function moveCampaignPacing(transaction: Transaction, whatsappId: number, nextSendAt: Date, campaignId: number): Promise<void> {
  await exec(
    `UPDATE "CampaignPacing" SET "nextSendAt" = :nextSendAt, "lastCampaignId" = :campaignId WHERE "whatsappId" = :whatsappId`,
    {
      whatsappId,
      nextSendAt,
      campaignId,
    },
    { transaction },
  );
}

/**
 * WhatsApp took a campaign message later than planned (the connection was slow or down): the next one waits a
 * full interval from now, so the gaps the recipients see never shrink below the rate. The new time, when it moved.
 */
export async function pushCampaignPacing(transaction: Transaction, whatsappId: number, notBefore: Date): Promise<Date | undefined> {
  const row = await one<{ nextSendAt: Date | string }>(
    `UPDATE "CampaignPacing" SET "nextSendAt" = :notBefore WHERE "whatsappId" = :whatsappId AND "nextSendAt" < :notBefore RETURNING "nextSendAt"`,
    { whatsappId, notBefore },
    { transaction },
  );
  return row && new Date(row.nextSendAt);
}
