import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startWaSimulator, type SimPhone, type WaSimulator } from '../../simulator/src/index.js';
import { apiSignIn, type ApiClient } from './api.js';
import { SCREENSHOTS, launchChromium, openWatchedPage, type WatchedPage } from './browser.js';
import { ROOT, startDevStack, type DevStack } from './devStack.js';
import { createOwnDatabase, type OwnDatabase } from './ownDatabase.js';
import { ADMIN, signIn } from './session.js';

export interface BrowserSuiteOptions {
  /** Names the stack's log: artifacts/e2e-<name>-dev-stack.log. */
  name: string;
  /** Extra environment for the stack, read when it starts (e.g. a simulator started in an earlier beforeAll). */
  env?(): Record<string, string>;
  /** Runs once the stack has stopped (e.g. closes the simulator it talked to). */
  afterStop?(): Promise<void>;
}

export interface BrowserSuite {
  readonly stack: DevStack;
  readonly browser: Browser;
  /** Every page opened so far (for pictures of them all when a test fails). */
  readonly pages: readonly WatchedPage[];
  /** The REST API as the seeded admin, for setup the screens under test do not cover. */
  api(): Promise<ApiClient>;
  /** A fresh watched page (own cookies and storage); closed and checked for console errors by the suite. */
  newPage(): Promise<WatchedPage>;
  /** A fresh watched page already signed in as the seeded admin. */
  adminPage(): Promise<WatchedPage>;
}

/**
 * The setup every browser test file shares: one stack and one chromium for the file, stopped after it, on a database
 * and a Redis prefix of the file's own (ownDatabase.ts); every page it opens fails the running test on any console
 * error or uncaught page error. Call at the top level.
 */
export function useBrowserSuite({ name, env, afterStop }: BrowserSuiteOptions): BrowserSuite {
  let database: OwnDatabase | undefined;
  let stack: DevStack | undefined;
  let browser: Browser | undefined;
  let api: Promise<ApiClient> | undefined;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    // The run's database, kept apart: the worker's environment outlives this file, DATABASE_URL is set for it below.
    process.env.E2E_RUN_DATABASE_URL ??= process.env.DATABASE_URL;
    const runDatabase = process.env.E2E_RUN_DATABASE_URL;
    if (!runDatabase) throw new Error('The browser tests need DATABASE_URL (npm test provides it; or export it yourself).');
    database = await createOwnDatabase(runDatabase, name);
    // Tests that look into the database themselves (pg) find this file's.
    process.env.DATABASE_URL = database.url;
    const stackEnv = { REDIS_PREFIX: database.redisPrefix, ...env?.() };
    stack = await startDevStack({ adminEmail: ADMIN.email, adminPassword: ADMIN.password, readyTimeoutMs: 240_000, env: stackEnv });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    // The stack's own output explains most failures (a 502 is a backend that crashed or restarted).
    if (stack) await writeFile(join(SCREENSHOTS, '..', `e2e-${name}-dev-stack.log`), stack.log()).catch(() => undefined);
    for (const watched of pages) await watched.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stack?.stop();
    await afterStop?.();
    await database?.drop();
  }, 60_000);

  afterEach(() => {
    // Any console error or uncaught exception is a failure, even if every step "worked". Taken out of the
    // lists, so that one test's problem is reported once, by that test.
    expect(pages.flatMap((p) => p.problems.splice(0))).toEqual([]);
  });

  const suite: BrowserSuite = {
    get stack() {
      if (!stack) throw new Error('the dev stack did not start');
      return stack;
    },
    get browser() {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
    pages,
    api() {
      api ??= apiSignIn(suite.stack.url, ADMIN.email, ADMIN.password);
      return api;
    },
    async newPage() {
      const watched = await openWatchedPage(suite.browser, suite.stack.url);
      pages.push(watched);
      return watched;
    },
    async adminPage() {
      const watched = await suite.newPage();
      await watched.page.goto('/');
      await signIn(watched.page, ADMIN.email, ADMIN.password);
      await watched.page.getByRole('navigation', { name: 'Navegação principal' }).waitFor();
      return watched;
    },
  };
  return suite;
}

/** The stack environment for WhatsApp through the simulator: the backend's Baileys talks to it and trusts its
 * Noise root and its media host's certificate (uploads of what attendants send go to the media host over HTTPS). */
export function simulatorEnv(sim: WaSimulator): Record<string, string> {
  return {
    WA_WEBSOCKET_URL: sim.url,
    NODE_OPTIONS: `--import ${join(ROOT, 'simulator/preload/trust-simulator.mjs')}`,
    NODE_EXTRA_CA_CERTS: sim.media.certFile,
  };
}

/** What a simulator-backed file works with: the simulator, the company's phone, the admin's API and signed-in page. */
export interface SimulatorSuite {
  sim: WaSimulator;
  phone: SimPhone;
  api: ApiClient;
  page: Page;
}

/**
 * The setup of a browser test file that talks WhatsApp through the simulator: the simulator (before the stack, which
 * must know its address), the company's phone `companyNumber`, the stack and chromium, the admin's API and a page
 * signed in as the admin. `started()` gives them to a test, or says what did not start.
 */
export function useSimulatorSuite(name: string, companyNumber: string): { suite: BrowserSuite; started(): SimulatorSuite } {
  let sim: WaSimulator | undefined;
  let phone: SimPhone | undefined;
  let api: ApiClient | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    sim = await startWaSimulator();
    phone = sim.phone(companyNumber);
  }, 60_000);
  const suite = useBrowserSuite({ name, env: () => simulatorEnv(sim!), afterStop: async () => void (await sim?.close()) });
  beforeAll(async () => {
    api = await suite.api();
    watched = await suite.adminPage();
  }, 60_000);
  return {
    suite,
    started() {
      if (!sim || !phone || !api || !watched) throw new Error('the stack, the simulator or the browser did not start');
      return { sim, phone, api, page: watched.page };
    },
  };
}
