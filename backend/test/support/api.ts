// A small HTTP client for the tests: real requests over the loopback, cookies handled by hand so the
// tests can replay an old refresh cookie on purpose.

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  /** The refresh cookie set by this response ('' when it was cleared), undefined when untouched. */
  refreshCookie?: string;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  /** Sent as is (for malformed JSON tests); `body` is JSON-encoded otherwise. */
  rawBody?: string | Buffer;
  body?: unknown;
  headers?: Record<string, string>;
}

function refreshCookieOf(headers: Headers): string | undefined {
  for (const line of headers.getSetCookie()) {
    const match = /^atende_rt=([^;]*)/.exec(line);
    if (match) return match[1] ?? '';
  }
  return undefined;
}

/**
 * A response body as the tests read it: parsed JSON, reached into field by field, each field checked by an
 * `expect` (a typed body would have the tests restate every view of the contract).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON by design (see above)
export type Json = any;

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Json>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = `atende_rt=${options.cookie}`;
    let body: string | Buffer | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if (res.headers.get('content-type')?.includes('application/json')) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers, refreshCookie: refreshCookieOf(res.headers) };
  }

  get<T = Json>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = Json>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T = Json>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  delete<T = Json>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** Logs in and returns what a browser would keep: the access token and the refresh cookie. */
  async login(email: string, password: string): Promise<{ token: string; cookie: string; user: { id: number; companyId: number } }> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200 || !res.refreshCookie) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { token: res.body.accessToken, cookie: res.refreshCookie, user: res.body.user };
  }
}
