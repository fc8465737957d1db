import type { DealView } from '@atende/contract';
import type { DealRow } from '../db/deals.js';
import { iso } from '../db/sql.js';
import { leadBucketOf } from '../services/contacts/leadBuckets.js';

export function presentDeal(row: DealRow): DealView {
  return {
    id: row.id,
    title: row.title,
    pipelineId: row.pipelineId,
    stageId: row.stageId,
    position: row.position,
    value: Number(row.value),
    contact:
      row.contactId === null
        ? null
        : {
            id: row.contactId,
            name: row.contactName ?? '',
            number: row.contactNumber ?? '',
            leadScore: row.contactLeadScore,
            leadBucket: leadBucketOf(row.contactLeadScore),
          },
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName ?? '' },
    expectedCloseAt: iso(row.expectedCloseAt),
    source: row.source,
    ticketId: row.ticketId,
    campaignId: row.campaignId,
    lostReason: row.lostReason,
    closedAt: iso(row.closedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
