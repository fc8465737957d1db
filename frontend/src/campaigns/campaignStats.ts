import type { CampaignStats } from './campaignsApi';

/** Recipients whose turn has come and gone (sent, failed or left out): what the progress bars fill with. */
export function handled(stats: CampaignStats): number {
  return Math.max(0, stats.total - stats.pending - stats.sending);
}

/** 0–100, whole: the share of recipients handled; 0 before the campaign has recipients. */
export function percentHandled(stats: CampaignStats): number {
  return stats.total === 0 ? 0 : Math.floor((handled(stats) * 100) / stats.total);
}

/**
 * Seconds to send to `count` recipients at `ratePerMinute` with a random wait of 0..jitterSeconds between
 * messages (half of it on average) — the same sum as the server's estimatedEndAt, window pauses left out.
 */
export function estimatedSeconds(count: number, ratePerMinute: number, jitterSeconds: number): number | null {
  if (!Number.isInteger(ratePerMinute) || ratePerMinute < 1 || count < 0) return null;
  const jitter = Number.isFinite(jitterSeconds) && jitterSeconds > 0 ? jitterSeconds / 2 : 0;
  return Math.round(count * (60 / ratePerMinute + jitter));
}
