import type { Page } from 'playwright-core';

// The seed creates this admin only on an empty database (npm test gives the suite a fresh one).
export const ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@atende.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-pass',
};

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Senha/).fill(password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
}

export async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: label, exact: true }).click();
}
