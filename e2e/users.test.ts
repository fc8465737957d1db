import type { Page } from 'playwright-core';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// Other browser test files share this database: the new user's name and e-mail carry this run's id.
const runId = Date.now().toString(36);
const NEW_USER = { name: `Carla Souza ${runId}`, email: `carla.${runId}@atende.test`, password: 'carla-e2e-pass' };

const suite = useBrowserSuite({ name: 'users' });

async function openUserMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Menu do usuário/ }).click();
}

test('admin signs in, creates a user, and that user signs in', async () => {
  const watched = await suite.newPage();
  const { page } = watched;

  // A visitor lands on the login page.
  await page.goto('/');
  await page.getByRole('heading', { name: 'Entrar' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await screenshot(page, '01-login');

  // The seeded admin signs in (home is the inbox) and opens the users page from the side menu.
  await signIn(page, ADMIN.email, ADMIN.password);
  await openFromMenu(page, 'Usuários');
  await page.getByRole('heading', { name: 'Usuários' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/users');
  const table = page.getByRole('table', { name: 'Lista de usuários' });
  await table.getByRole('cell', { name: ADMIN.email }).waitFor();
  await screenshot(page, '02-users-list');

  // A second tab of the same admin (it resumes the session from the refresh cookie) watches the list live.
  const otherTab = await watched.context.newPage();
  await otherTab.goto('/users');
  await otherTab.getByRole('table', { name: 'Lista de usuários' }).getByRole('cell', { name: ADMIN.email }).waitFor();

  // Create a supervisor through the dialog.
  await page.getByRole('button', { name: 'Novo usuário' }).click();
  const dialog = page.getByRole('dialog', { name: 'Novo usuário' });
  await dialog.getByLabel(/^Nome/).fill(NEW_USER.name);
  await dialog.getByLabel(/^E-mail/).fill(NEW_USER.email);
  await dialog.getByLabel(/^Senha/).fill(NEW_USER.password);
  await dialog.getByRole('combobox', { name: /^Perfil/ }).click();
  await page.getByRole('option', { name: 'Supervisor' }).click();
  // Their own cap of open tickets for distribution (empty would mean the company default, said under the field).
  const cap = dialog.getByRole('spinbutton', { name: 'Máximo de atendimentos abertos' });
  await dialog.getByText(/Em branco: o padrão da empresa/).waitFor();
  await cap.fill('8');
  await screenshot(page, '03-create-dialog');
  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(`Usuário ${NEW_USER.name} criado`).waitFor();
  const newRow = table.getByRole('row').filter({ hasText: NEW_USER.email });
  await newRow.getByText('Supervisor', { exact: true }).waitFor();
  await newRow.getByRole('button', { name: `Editar ${NEW_USER.name}` }).click();
  const edit = page.getByRole('dialog', { name: 'Editar usuário' });
  expect(await edit.getByRole('spinbutton', { name: 'Máximo de atendimentos abertos' }).inputValue()).toBe('8');
  await edit.getByRole('button', { name: 'Cancelar' }).click();
  await edit.waitFor({ state: 'hidden' });
  await screenshot(page, '04-after-create');
  // The other tab got it through the socket `user` event, without reloading.
  await otherTab.getByRole('table', { name: 'Lista de usuários' }).getByRole('cell', { name: NEW_USER.email }).waitFor({ timeout: 10_000 });
  await otherTab.close();

  // Dark theme and English, both remembered across a reload (which also proves the refresh-cookie boot).
  await page.getByRole('button', { name: 'Usar tema escuro' }).click();
  await screenshot(page, '05-dark-theme');
  await page.getByRole('button', { name: /^Idioma/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Users' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Users' }).waitFor();
  await page.getByRole('button', { name: 'Use light theme' }).waitFor();
  await page.getByRole('table', { name: 'User list' }).getByRole('cell', { name: NEW_USER.email }).waitFor();
  await screenshot(page, '06-english');

  // Back to Portuguese and the light theme, then sign out.
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: 'Português (Brasil)' }).click();
  await page.getByRole('button', { name: 'Usar tema claro' }).click();
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Sair' }).click();
  await page.getByRole('heading', { name: 'Entrar' }).waitFor();

  // The new supervisor signs in: read-only users page, their own name in the user menu.
  await signIn(page, NEW_USER.email, NEW_USER.password);
  await openFromMenu(page, 'Usuários');
  await page.getByRole('heading', { name: 'Usuários' }).waitFor();
  await page.getByText(/Somente leitura/).waitFor();
  expect(await page.getByRole('button', { name: 'Novo usuário' }).count()).toBe(0);
  await page.getByRole('button', { name: `Menu do usuário: ${NEW_USER.name}` }).waitFor();
  await screenshot(page, '07-new-user-signed-in');

  // On a phone the side menu hides behind a button and opens as a drawer.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Abrir menu' }).click();
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Usuários' }).waitFor();
  await screenshot(page, '08-phone-menu');
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Usuários' }).click();
  await page.getByRole('navigation', { name: 'Navegação principal' }).waitFor({ state: 'hidden' });
  await screenshot(page, '09-phone-users');
});
