import type { LeadBucket } from '@atende/contract';

// A contact's lead score (0–100) read as a bucket: the inbox card's chip, the contacts list and the inbox's
// lead filter (`GET /api/tickets?lead=`) all say it the same way. A contact without a score (null: the AI
// agent never judged it, nobody set one) is in no bucket: "cold" means someone judged it cold, so the cold
// filter does not fill up with every contact that never talked to the agent.

/** Each bucket's scores, inclusive; together they cover 0–100 once. */
export const LEAD_BUCKETS: Readonly<Record<LeadBucket, { min: number; max: number }>> = {
  hot: { min: 70, max: 100 },
  warm: { min: 40, max: 69 },
  cold: { min: 0, max: 39 },
};

export const LEAD_BUCKET_NAMES = Object.keys(LEAD_BUCKETS) as [LeadBucket, ...LeadBucket[]];

export function leadBucketOf(score: number | null): LeadBucket | null {
  if (score === null) return null;
  return LEAD_BUCKET_NAMES.find((bucket) => score >= LEAD_BUCKETS[bucket].min && score <= LEAD_BUCKETS[bucket].max) ?? null;
}
