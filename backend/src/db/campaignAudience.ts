import type { CampaignAudience, CampaignTarget } from '@atende/contract';
import type { Transaction } from 'sequelize';
import { exec, one } from './sql.js';

// Who a campaign's target reaches — ONE definition, read by the count shown before sending
// (POST /api/campaigns/audience) and by the start, which turns it into shippings. So what the wizard counted is
// what the start resolves (at that moment: the audience is frozen at start, later tag or list changes do not
// reach a started campaign).
//
// The audience is the union of the contacts given by id, the contacts wearing any of the tags and the members of
// any of the lists (a contact in two of them counts once), restricted to the company. Each one is either
// eligible (reason NULL) or excluded with the reason it is skipped for, in this order: opted out of campaigns,
// a WhatsApp group (campaigns go to people), a number that is not 10–15 digits (country code included).
// Parameters: $1 company, $2 contact ids, $3 tag ids, $4 list ids.
const AUDIENCE = `
  audience_ids AS (
    SELECT unnest($2::int[]) AS id
    UNION SELECT ct."contactId" FROM "ContactTags" ct WHERE ct."tagId" = ANY($3::int[])
    UNION SELECT li."contactId" FROM "ContactListItems" li WHERE li."contactListId" = ANY($4::int[])
  ),
  audience AS (
    SELECT c.id, c.number, c.name,
      CASE WHEN c."optedOutAt" IS NOT NULL THEN 'opted_out'
           WHEN c."isGroup" THEN 'group'
           WHEN c.number !~ '^[0-9]{10,15}$' THEN 'invalid_number'
      END AS reason
    FROM audience_ids a JOIN "Contacts" c ON c.id = a.id AND c."companyId" = $1
  )`;

const targetParams = (companyId: number, target: CampaignTarget) => [companyId, target.contactIds, target.tagIds, target.contactListIds];

/** How many the target reaches and how many of them are excluded, by reason. */
export async function countAudience(companyId: number, target: CampaignTarget): Promise<CampaignAudience> {
  const row = await one<Record<keyof CampaignAudience, string>>(
    `WITH ${AUDIENCE}
     SELECT count(*) AS total, count(*) FILTER (WHERE reason IS NULL) AS eligible,
       count(*) FILTER (WHERE reason = 'opted_out') AS "optedOut", count(*) FILTER (WHERE reason = 'group') AS groups,
       count(*) FILTER (WHERE reason = 'invalid_number') AS invalid
     FROM audience`,
    targetParams(companyId, target),
  );
  return {
    total: Number(row!.total),
    eligible: Number(row!.eligible),
    optedOut: Number(row!.optedOut),
    groups: Number(row!.groups),
    invalid: Number(row!.invalid),
  };
}

/** An eligible contact of the target (the lowest id), for the preview of the variants. */
export function sampleAudienceContact(companyId: number, target: CampaignTarget): Promise<{ id: number; name: string; number: string } | undefined> {
  return one(`WITH ${AUDIENCE} SELECT id, name, number FROM audience WHERE reason IS NULL ORDER BY id LIMIT 1`, targetParams(companyId, target));
}

/**
 * The start's resolution: one shipping per contact of the audience — eligible ones pending, with the variants
 * rotated in contact id order; excluded ones skipped with their reason, so the report counts them. ON CONFLICT
 * DO NOTHING on (campaignId, contactId): resolving twice never makes a second row for anyone. Answers how many
 * pending rows the campaign has now (0: nobody to send to).
 */
export async function insertAudienceShippings(
  transaction: Transaction,
  campaign: { companyId: number; id: number; target: CampaignTarget; variants: number },
): Promise<number> {
  await exec(
    `WITH ${AUDIENCE},
     ranked AS (SELECT id, number, reason, row_number() OVER (PARTITION BY reason IS NULL ORDER BY id) - 1 AS position FROM audience)
     INSERT INTO "CampaignShippings" ("companyId", "campaignId", "contactId", number, variant, status, reason)
     SELECT $1, $5, id, number, CASE WHEN reason IS NULL THEN position % $6 ELSE 0 END,
       CASE WHEN reason IS NULL THEN 'pending' ELSE 'skipped' END, reason
     FROM ranked ORDER BY id
     ON CONFLICT ("campaignId", "contactId") DO NOTHING`,
    [...targetParams(campaign.companyId, campaign.target), campaign.id, campaign.variants],
    { transaction },
  );
  const pending = await one<{ count: string }>(
    `SELECT count(*) AS count FROM "CampaignShippings" WHERE "campaignId" = $1 AND status = 'pending'`,
    [campaign.id],
    { transaction },
  );
  return Number(pending!.count);
}
