import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * HTTP requests to addresses a company typed (a webhook's URL, the send API's `mediaUrl`), guarded against
 * server-side request forgery: by default the connection is refused when the name resolves to a private,
 * loopback, link-local or reserved address (the database, Redis, the cloud's metadata at 169.254.169.254…).
 * The check runs on the address actually connected to (request-filtering-agent hooks the socket's DNS
 * lookup), so a name that resolves to a public address at validation time and to 127.0.0.1 later (DNS
 * rebinding) is refused too. Redirects are not followed: a public URL redirecting to a private one would
 * slip past the guard. Node's built-in fetch takes no http.Agent, hence node:http.
 */

export interface GuardedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs: number;
  /** The answer's body is cut at this many bytes (`truncated` says so), or refused when `refuseLarger`. */
  maxBytes: number;
  refuseLarger?: boolean;
  /** An admin allowed private targets (n8n on the same box). */
  allowLocal?: boolean;
}

export interface GuardedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  truncated: boolean;
  ms: number;
}

/** Why a request did not get an answer; `code` maps to an ERR_* for the API. */
export class GuardedHttpError extends Error {
  constructor(
    readonly code: 'blocked' | 'invalidUrl' | 'timeout' | 'tooLarge' | 'network',
    message: string,
  ) {
    super(message);
  }
}

const agents = {
  guarded: { http: new RequestFilteringHttpAgent({ keepAlive: false }), https: new RequestFilteringHttpsAgent({ keepAlive: false }) },
  local: {
    http: new RequestFilteringHttpAgent({ keepAlive: false, allowPrivateIPAddress: true }),
    https: new RequestFilteringHttpsAgent({ keepAlive: false, allowPrivateIPAddress: true }),
  },
};

/** The URL when it is an absolute http(s) URL without credentials; a GuardedHttpError otherwise. */
export function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GuardedHttpError('invalidUrl', 'not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new GuardedHttpError('invalidUrl', 'only http and https');
  if (url.username || url.password) throw new GuardedHttpError('invalidUrl', 'credentials in the URL');
  return url;
}

export function guardedRequest(rawUrl: string, options: GuardedRequest): Promise<GuardedResponse> {
  const url = parseTargetUrl(rawUrl);
  const secure = url.protocol === 'https:';
  const set = options.allowLocal ? agents.local : agents.guarded;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: secure ? set.https : set.http,
      timeout: options.timeoutMs,
    });
    const deadline = setTimeout(() => request.destroy(new GuardedHttpError('timeout', `no answer in ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('timeout', () => request.destroy(new GuardedHttpError('timeout', `no answer in ${options.timeoutMs} ms`)));
    request.on('error', (err) => {
      clearTimeout(deadline);
      if (err instanceof GuardedHttpError) return reject(err);
      // request-filtering-agent's refusal reads "DNS lookup 127.0.0.1(…) is not allowed. Because, It is private IP address."
      if (/is not allowed/.test(err.message)) return reject(new GuardedHttpError('blocked', 'private, loopback or reserved address'));
      reject(new GuardedHttpError('network', err.message));
    });
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length'] ?? NaN);
      if (options.refuseLarger && declared > options.maxBytes) {
        request.destroy(new GuardedHttpError('tooLarge', `larger than ${options.maxBytes} bytes`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      response.on('data', (chunk: Buffer) => {
        if (truncated) return;
        if (size + chunk.length > options.maxBytes) {
          if (options.refuseLarger) {
            request.destroy(new GuardedHttpError('tooLarge', `larger than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk.subarray(0, options.maxBytes - size));
          size = options.maxBytes;
          truncated = true;
          response.destroy(); // enough read: the rest is not wanted
          finish();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(deadline);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          truncated,
          ms: Math.round(performance.now() - started),
        });
      };
      response.on('end', finish);
      response.on('error', (err) => {
        if (!truncated) request.destroy(err);
      });
    });
    request.end(options.body);
  });
}
