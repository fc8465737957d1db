import { io as connect, type Socket } from 'socket.io-client';
import { until } from './waiting.js';

/** Connects like the browser does; resolves once connected, rejects with the server's refusal message. */
export function connectSocket(baseUrl: string, token?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(baseUrl, { path: '/socket.io', transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Collects every payload of one event name, so a test can assert on what did and did not arrive. */
export function record<T = unknown>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}

/**
 * The first `event` payload from now on that `test` accepts. Listening starts at the call: create the promise
 * before the action that causes the event, await it after.
 */
export async function nextEvent<T = unknown>(socket: Socket, event: string, test: (payload: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  const received: T[] = [];
  const listener = (payload: T) => received.push(payload);
  socket.on(event, listener);
  try {
    return (await until(
      () => received.find(test),
      (found) => found !== undefined,
      `a "${event}" event`,
      timeoutMs,
    )) as T;
  } finally {
    socket.off(event, listener);
  }
}

/**
 * Proves that nothing more reaches `socket` from what happened so far: `mark` makes a later change whose own
 * `event` reaches this socket, and once that event has arrived, so has everything the server emitted to the
 * socket before it (one connection delivers in the server's order). Look at what was recorded after this.
 */
export async function barrier<T = unknown>(socket: Socket, event: string, mark: () => Promise<unknown>, test?: (payload: T) => boolean): Promise<T> {
  const marker = nextEvent<T>(socket, event, test);
  marker.catch(() => undefined); // when `mark` fails, its error is the one to report
  await mark();
  return marker;
}

export function waitForDisconnect(socket: Socket, timeoutMs = 10_000): Promise<string> {
  return nextEvent<string>(socket, 'disconnect', () => true, timeoutMs);
}
