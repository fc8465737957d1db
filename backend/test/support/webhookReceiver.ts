import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from './waiting.js';

// The body parsed, read field by field like `Json` of api.ts — not imported from there: the browser tests
// (e2e/integrations) use this receiver and compile with the DOM's fetch types, which api.ts's Buffer body does not fit.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON by design
type Json = any;

// A real HTTP endpoint on 127.0.0.1 for the webhook tests: it records every request (headers, the raw body as
// received, the time) and answers what the test says — a status, after an optional delay (a slow receiver).

export interface Received {
  at: number;
  headers: IncomingHttpHeaders;
  raw: string;
  body: Json;
}

export type Answer = { status: number; body?: string; delayMs?: number };

export interface WebhookReceiver {
  url: string;
  received: Received[];
  /** How the next requests are answered (200 by default); `index` counts every request so far. */
  answer: (request: Received, index: number) => Answer;
  /** The requests matching `test`, once there are at least `count`. */
  waitFor(test: (r: Received) => boolean, count?: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

function parsed(raw: string): Json {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver = { received: [] as Received[], answer: (): Answer => ({ status: 200, body: 'ok' }) } as unknown as WebhookReceiver;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request: Received = { at: Date.now(), headers: req.headers, raw, body: parsed(raw) };
      const index = receiver.received.length;
      receiver.received.push(request);
      const { status, body: text = '', delayMs = 0 } = receiver.answer(request, index);
      const reply = () => res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
      if (delayMs > 0) setTimeout(reply, delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/hook`;
  receiver.waitFor = (test, count = 1, timeoutMs = 20_000) =>
    until(
      () => receiver.received.filter(test),
      (found) => found.length >= count,
      () => `${count} matching webhook request(s); got ${receiver.received.map((r) => r.headers['x-atende-event']).join(', ') || 'none'}`,
      timeoutMs,
    );
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** The receiver's side of the signature: HMAC-SHA256 with the secret over "timestamp.body", compared in constant time. */
export function signatureValid(secret: string, request: Received): boolean {
  const timestamp = String(request.headers['x-atende-timestamp'] ?? '');
  const given = String(request.headers['x-atende-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.raw}`).digest('hex')}`;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
