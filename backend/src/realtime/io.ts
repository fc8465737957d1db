import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { ctx } from '../context.js';
import { AppError } from '../errors/AppError.js';
import { domainEvents } from '../events/bus.js';
import { logger } from '../lib/logger.js';
import { socketConnections } from '../lib/metrics.js';
import { socketOffline, socketOnline } from './presence.js';
import type { RedisClient } from '../lib/redis.js';
import { authenticateAccessToken } from '../services/auth/authenticateAccessToken.js';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events.js';
import { adminsRoom, roomOf } from './rooms.js';
import { queueIdsOfUser } from '../db/ticketTargets.js';
import { groupsOf } from '../services/tickets/ticketVisibility.js';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.io with the access token checked at the handshake and rooms chosen from the user. The Redis
 * adapter lets several backend processes fan out to each other's sockets, over its own two connections
 * (`pub`, and `sub` in subscriber mode), not the shared one.
 */
export function createRealtimeServer(httpServer: HttpServer, pub: RedisClient, sub: RedisClient): RealtimeServer {
  const { config } = ctx();
  const io: RealtimeServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    cors: config.frontendUrls.length > 0 ? { origin: config.frontendUrls, credentials: true } : undefined,
    adapter: createAdapter(withQuietPublish(pub), sub, { key: `${config.redisPrefix}socket.io` }),
  });

  io.use((socket, next) => {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    authenticateAccessToken(typeof token === 'string' ? token : undefined)
      .then(({ user }) => {
        socket.data.userId = user.id;
        socket.data.companyId = user.companyId;
        socket.data.admin = user.super || user.profile === 'admin';
        return queueIdsOfUser(user.id).then((queueIds) => groupsOf({ ...user, queueIds }));
      })
      .then((groups) => {
        socket.data.groups = groups;
        next();
      })
      .catch((err: unknown) => {
        // The client only needs to know it must refresh and retry (or log in again).
        const code = err instanceof AppError && err.status < 500 ? 'ERR_UNAUTHORIZED' : 'ERR_SERVICE_UNAVAILABLE';
        next(new Error(code));
      });
  });

  io.on('connection', (socket) => {
    const { userId, companyId, admin, groups } = socket.data;
    // The ticket visibility rule's groups (services/tickets/ticketVisibility.ts), each its room.
    void socket.join([...groups.map((group) => roomOf(companyId, group)), ...(admin ? [adminsRoom(companyId)] : [])]);
    socketConnections.inc();
    const online = () => socketOnline(companyId, userId, socket.id).catch((err: unknown) => logger.warn('presence not recorded', { err: String(err) }));
    // Once presence is recorded, tickets that found nobody free can go to this attendant (distribution listens).
    void online().then(() => domainEvents.publish('user.online', { companyId, userId }));
    const beat = setInterval(() => void online(), 30_000);
    socket.on('disconnect', () => {
      socketConnections.dec();
      clearInterval(beat);
      // The team panel shows presence: told once this socket no longer counts.
      void socketOffline(companyId, userId, socket.id)
        .catch(() => undefined)
        .then(() => domainEvents.publish('user.offline', { companyId, userId }));
    });
    logger.debug('socket connected', { userId, companyId, socketId: socket.id });
  });

  return io;
}

/**
 * The adapter publishes every broadcast without waiting for or catching the result. While Redis is away our
 * clients keep no offline queue, so a publish rejects at once: this process's own sockets still get the event,
 * the other processes miss it, and the outage is already logged by the client (lib/redis.ts) — not once more
 * per event as an unhandled rejection.
 */
function withQuietPublish(pub: RedisClient): RedisClient {
  const publish = pub.publish.bind(pub);
  Object.assign(pub, { publish: (channel: string, message: string) => publish(channel, message).catch(() => 0) });
  return pub;
}
