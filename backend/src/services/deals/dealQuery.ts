import type { LeadBucket } from '@atende/contract';
import type { DealCursor, DealFilter } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { LEAD_BUCKETS } from '../contacts/leadBuckets.js';
import { dealOwnerFilter } from './dealAccess.js';

export interface DealQuery {
  pipelineId?: number;
  stageId?: number;
  ownerId?: number;
  bucket?: LeadBucket;
  search?: string;
  contactId?: number;
}

/** The caller's filters, narrowed to their own deals when they are an attendant (dealAccess.ts). */
export function dealFilter(actor: UserRecord, q: DealQuery): DealFilter {
  const own = dealOwnerFilter(actor);
  return {
    companyId: actor.companyId,
    pipelineId: q.pipelineId,
    stageId: q.stageId,
    contactId: q.contactId,
    // An attendant asking for a colleague's deals gets none rather than their own.
    ownerId: own === undefined ? q.ownerId : q.ownerId === undefined || q.ownerId === own ? own : -1,
    score: q.bucket ? LEAD_BUCKETS[q.bucket] : undefined,
    search: q.search?.trim() || undefined,
  };
}

// Opaque to clients: "p<position>.<id>" inside a column (position order), "i<id>" in the newest-first lists.
export function encodeCursor(deal: { position: number; id: number }, byPosition: boolean): string {
  return byPosition ? `p${deal.position}.${deal.id}` : `i${deal.id}`;
}

export function decodeCursor(cursor: string | undefined): DealCursor | undefined {
  if (cursor === undefined) return undefined;
  const column = /^p(\d{1,9})\.(\d{1,10})$/.exec(cursor);
  if (column) return { position: Number(column[1]), id: Number(column[2]) };
  const list = /^i(\d{1,10})$/.exec(cursor);
  if (list) return { id: Number(list[1]) };
  throw AppError.badRequest('ERR_VALIDATION', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
}
