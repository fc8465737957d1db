// Helpers of the appliance test: run the operator's scripts as an operator would, talk HTTP and Socket.io
// to nginx, and read the install's .env.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';

export class CheckFailed extends Error {}

export function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new CheckFailed(what);
  console.log(`  ✓ ${what}`);
}

/** What an operator's root shell has: PATH and a locale, never the test runner's DATABASE_URL or NODE_ENV. */
export function operatorEnv(envFile: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', ATENDE_ENV_FILE: envFile };
}

/** Runs a script with its output prefixed; resolves with the exit code and the stdout lines. */
export function runScript(cwd: string, env: NodeJS.ProcessEnv, cmd: string, args: string[], timeoutMs: number): Promise<{ code: number; lines: string[] }> {
  return new Promise((resolve) => {
    const label = `[${cmd.split('/').pop()}]`;
    console.log(`$ ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      console.log(`${label} ${line}`);
    });
    createInterface({ input: child.stderr }).on('line', (line) => console.log(`${label} ${line}`));
    const timer = setTimeout(() => {
      console.log(`${label} timed out after ${timeoutMs / 1000}s`);
      child.kill('SIGTERM');
    }, timeoutMs);
    child.once('error', (error) => console.log(`${label} cannot start: ${error.message}`));
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, lines });
    });
  });
}

export async function readEnvFile(file: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1]) env[match[1]] = match[2] ?? '';
  }
  return env;
}

export interface Api {
  status: number;
  body: Record<string, unknown>;
}

export async function api(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Api> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { text };
  }
  return { status: res.status, body: parsed };
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const res = await api(base, 'POST', '/api/auth/login', undefined, { email, password });
  check(res.status === 200 && typeof res.body.accessToken === 'string', `POST /api/auth/login through nginx as ${email} (status ${res.status})`);
  return res.body.accessToken as string;
}

/** A websocket-only Socket.io client: connecting proves nginx passed the upgrade through. */
export function connectSocket(base: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(base, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false, timeout: 10_000 });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new CheckFailed(`Socket.io websocket through nginx: ${error.message}`));
    });
  });
}

export function nextEvent(socket: Socket, event: string, ms = 10_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new CheckFailed(`no '${event}' event within ${ms / 1000}s`)), ms);
    socket.once(event, (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what: string, probe: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new CheckFailed(`${what} (waited ${ms / 1000}s)`);
    await sleep(500);
  }
  console.log(`  ✓ ${what}`);
}
