/**
 * A fake `fetch` at the network boundary: each test answers requests by method and path, and can inspect
 * what the app sent. Everything above `fetch` (client, refresh, providers, pages) runs for real.
 */
export interface FakeRequest {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  /** A binary answer (media files) instead of JSON. */
  blob?: Blob;
}

export type FakeRoute = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

export function reply(status: number, body?: unknown): FakeReply {
  return { status, body };
}

export function apiError(status: number, code: string, details?: unknown): FakeReply {
  return { status, body: { error: { code, message: code, details } } };
}

function toResponse({ status, body, blob }: FakeReply): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  const response = {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
    blob: async () => blob ?? new Blob([text]),
  };
  return response as unknown as Response;
}

/** Installs the fake; an unexpected request fails loudly with its method and path. */
export function installFetch(routes: Record<string, FakeRoute>) {
  const requests: FakeRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const path = url.split('?')[0] ?? url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body instanceof FormData ? init.body : undefined;
    const request: FakeRequest = { method, path, url, headers, body };
    requests.push(request);
    const route = routes[`${method} ${path}`];
    if (!route) throw new Error(`Unexpected request: ${method} ${url}`);
    return toResponse(await route(request));
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    requests,
    calls: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  };
}

/** A promise the test resolves when it wants the server to answer (to observe loading states). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
