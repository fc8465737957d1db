import { apiError, installFetch, reply } from '../test/fakeFetch';
import { makeUser } from '../test/fixtures';
import { ApiError } from './ApiError';
import { api } from './client';
import { session } from './session';

const me = makeUser({ profile: 'admin' });

beforeEach(() => {
  localStorage.clear();
  session.set({ accessToken: 'old-token', user: me });
});

/** A protected route that only accepts the token named `valid`. */
function protectedRoute(valid: string) {
  return ({ headers }: { headers: Record<string, string> }) =>
    headers.Authorization === `Bearer ${valid}` ? reply(200, { users: [], nextCursor: null }) : apiError(401, 'ERR_SESSION_EXPIRED');
}

describe('api client silent refresh', () => {
  it('refreshes once on a 401 and retries the request with the new token', async () => {
    const net = installFetch({
      'GET /api/users': protectedRoute('new-token'),
      'POST /api/auth/refresh': () => reply(200, { accessToken: 'new-token', user: me }),
    });

    await expect(api.get('/api/users')).resolves.toEqual({ users: [], nextCursor: null });

    expect(net.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/users', 'POST /api/auth/refresh', 'GET /api/users']);
    expect(net.requests[0]?.headers.Authorization).toBe('Bearer old-token');
    expect(net.requests[2]?.headers.Authorization).toBe('Bearer new-token');
    expect(session.token()).toBe('new-token');
  });

  it('sends the refresh with the cookie (credentials: include)', async () => {
    installFetch({
      'GET /api/users': protectedRoute('new-token'),
      'POST /api/auth/refresh': () => reply(200, { accessToken: 'new-token', user: me }),
    });
    await api.get('/api/users');
    const refreshCall = (globalThis.fetch as jest.Mock).mock.calls.find(([url]) => url === '/api/auth/refresh');
    expect(refreshCall?.[1]).toMatchObject({ method: 'POST', credentials: 'include' });
  });

  it('clears the session when the refresh fails, and rejects with the refresh error', async () => {
    const net = installFetch({
      'GET /api/users': protectedRoute('never'),
      'POST /api/auth/refresh': () => apiError(401, 'ERR_REFRESH_REUSED'),
    });
    const signedOut = jest.fn();
    const unsubscribe = session.subscribe(() => session.get().user === null && signedOut());

    const failure = api.get('/api/users');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'ERR_REFRESH_REUSED', status: 401 });

    expect(session.get()).toEqual({ accessToken: null, user: null, ended: null });
    expect(session.mayHaveRefreshCookie()).toBe(false);
    expect(signedOut).toHaveBeenCalled();
    expect(net.calls('GET', '/api/users')).toHaveLength(1); // no retry without a new token
    unsubscribe();
  });

  it('shares ONE refresh between concurrent 401s', async () => {
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const net = installFetch({
      'GET /api/users': protectedRoute('new-token'),
      'GET /api/auth/me': ({ headers }) => (headers.Authorization === 'Bearer new-token' ? reply(200, { user: me }) : apiError(401, 'ERR_UNAUTHORIZED')),
      'POST /api/auth/refresh': async () => {
        await refreshGate;
        return reply(200, { accessToken: 'new-token', user: me });
      },
    });

    const both = Promise.all([api.get('/api/users'), api.get('/api/auth/me')]);
    // Let both first attempts fail before the refresh answers, so they really overlap.
    await new Promise((resolve) => setTimeout(resolve, 20));
    releaseRefresh();

    await expect(both).resolves.toEqual([{ users: [], nextCursor: null }, { user: me }]);
    expect(net.calls('POST', '/api/auth/refresh')).toHaveLength(1);
    expect(net.calls('GET', '/api/users')).toHaveLength(2);
    expect(net.calls('GET', '/api/auth/me')).toHaveLength(2);
  });

  it('does not refresh on other errors and exposes code, status and details', async () => {
    const details = [{ path: 'email', message: 'Invalid email' }];
    const net = installFetch({ 'POST /api/users': () => apiError(400, 'ERR_VALIDATION', details) });

    await expect(api.post('/api/users', { email: 'x' })).rejects.toMatchObject({ code: 'ERR_VALIDATION', status: 400, details });
    expect(net.calls('POST', '/api/auth/refresh')).toHaveLength(0);
    expect(net.requests[0]?.body).toEqual({ email: 'x' });
  });

  it('turns a non-JSON gateway error into ERR_SERVICE_UNAVAILABLE', async () => {
    globalThis.fetch = jest.fn(async () => ({
      ok: false,
      status: 502,
      statusText: 'Bad Gateway',
      json: async () => {
        throw new SyntaxError('Unexpected token <');
      },
    })) as unknown as typeof fetch;
    await expect(api.get('/api/users')).rejects.toMatchObject({ code: 'ERR_SERVICE_UNAVAILABLE', status: 502 });
  });
});
