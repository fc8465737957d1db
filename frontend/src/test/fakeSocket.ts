/** Stands in for socket.io-client in component tests: records handlers so a test can emit server events. */
type Handler = (payload: unknown) => void;

export class FakeSocket {
  handlers = new Map<string, Set<Handler>>();
  connected = false;

  on(event: string, handler: Handler): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.connected = true;
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** Simulates the server emitting `event`. */
  serverEmit(event: string, payload: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(payload);
  }
}

export const sockets: FakeSocket[] = [];

export function fakeIo(): FakeSocket {
  const socket = new FakeSocket();
  socket.connected = true;
  sockets.push(socket);
  return socket;
}
