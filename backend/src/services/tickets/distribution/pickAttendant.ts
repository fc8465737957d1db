import type { CandidateRow as Candidate, DistributionSetting } from '../../../db/distribution.js';

export type DistributionMode = Exclude<DistributionSetting, 'manual'>;

/**
 * Who gets the next ticket of a queue, among the queue's attendants who are online and under capacity
 * (`eligible` already filtered, ordered by id). Round robin takes the next one after the last assigned,
 * wrapping around; least busy takes the lowest load, ties broken in round-robin order so equal loads
 * still rotate. Pure, so the rule is tested without a database.
 */
export function pickAttendant(mode: DistributionMode, eligible: readonly Candidate[], lastAssignedUserId: number | null): Candidate | undefined {
  if (eligible.length === 0) return undefined;
  const after = lastAssignedUserId ?? 0;
  const rotation = [...eligible.filter((c) => c.id > after), ...eligible.filter((c) => c.id <= after)];
  if (mode === 'round_robin') return rotation[0];
  const lowest = Math.min(...rotation.map((c) => c.load));
  return rotation.find((c) => c.load === lowest);
}

export function underCapacity(candidate: Candidate): boolean {
  return candidate.capacity === null || candidate.load < candidate.capacity;
}
