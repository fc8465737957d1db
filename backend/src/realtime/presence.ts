import { ctx } from '../context.js';

// Who is online, per company, for distribution: one member per open socket ("userId:socketId") in a Redis
// sorted set scored by its last heartbeat, shared by every backend process. A process that dies stops
// refreshing its members, and they age out instead of keeping an attendant "online" forever.
const STALE_AFTER_MS = 90_000;
const key = (companyId: number) => `${ctx().config.redisPrefix}presence:${companyId}`;

export async function socketOnline(companyId: number, userId: number, socketId: string): Promise<void> {
  await ctx().redis.zAdd(key(companyId), { score: Date.now(), value: `${userId}:${socketId}` });
}

export async function socketOffline(companyId: number, userId: number, socketId: string): Promise<void> {
  await ctx().redis.zRem(key(companyId), `${userId}:${socketId}`);
}

export async function onlineUserIds(companyId: number): Promise<Set<number>> {
  const { redis } = ctx();
  await redis.zRemRangeByScore(key(companyId), 0, Date.now() - STALE_AFTER_MS);
  const members = await redis.zRange(key(companyId), 0, -1);
  return new Set(members.map((m) => Number(m.split(':')[0])));
}
