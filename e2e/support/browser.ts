import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './devStack.js';

export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The media test starts a voice note from a script, as a click on its play button would.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: any of them fails the test. */
  problems: string[];
}

/** A fresh context (no cookies, no storage) whose page reports every console error and page error. */
export async function openWatchedPage(browser: Browser, baseURL: string): Promise<WatchedPage> {
  // A Brazilian attendant: the browser's days are the company's (its default timezone), as in the field.
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  const problems: string[] = [];
  // Every page of the context (second tabs included) reports into the same list.
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });
  const page = await context.newPage();
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.mouse.move(0, 0); // no hover tooltip in the picture
  // Let MUI transitions (dialogs, snackbars, ripples) settle so the picture shows the resting state.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
