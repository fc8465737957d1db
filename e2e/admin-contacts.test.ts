import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, screenshot, type WatchedPage } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { openFromMenu } from './support/session.js';

// Other browser test files write to the same database: every name and number here carries this run's id.
const runId = Date.now().toString(36);
const mobile = (offset: number) => String(900_000_000 + ((Date.now() + offset) % 100_000_000)); // 9 digits, starts with 9
const CREATED = { name: `Cliente Manual ${runId}`, number: `5511${mobile(0)}` };
const IMPORTED = [
  { name: `Importada Ana ${runId}`, number: `5511${mobile(1)}` },
  { name: `Importado Beto ${runId}`, number: `5511${mobile(2)}` },
];
const BAD_ROW = { name: `Linha Ruim ${runId}`, number: '12345' };
const CSV = [
  'nome;numero;email;etiquetas;Plano',
  `${IMPORTED[0]!.name};${IMPORTED[0]!.number};ana.${runId}@example.com;E2E ${runId};Ouro`,
  `${BAD_ROW.name};${BAD_ROW.number};;;`,
  `${IMPORTED[1]!.name};+${IMPORTED[1]!.number};;;Prata`,
].join('\r\n');

const suite = useBrowserSuite({ name: 'admin-contacts' });
let watched: WatchedPage | undefined;

beforeAll(async () => {
  watched = await suite.adminPage();
}, 60_000);

/**
 * The settings form is longer than the screen and keeps its save bar in view; a full-page picture would draw
 * that bar (and the fixed header) mid-form, so these shots are of the screen as a person sees it.
 */
async function screenshotOfView(p: Page, name: string): Promise<void> {
  await p.mouse.move(0, 0);
  await p.waitForTimeout(400);
  await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

function page(): Page {
  if (!watched) throw new Error('the stack or the browser did not start');
  return watched.page;
}

/** How the list writes a Brazilian mobile: +55 11 91234-5678. */
const shown = (number: string) => `+55 ${number.slice(2, 4)} ${number.slice(4, 9)}-${number.slice(9)}`;
const contactsTable = () => page().getByRole('table', { name: 'Lista de contatos' });

async function searchContacts(text: string): Promise<void> {
  await page().getByLabel('Buscar contatos').fill(text);
}

test('an admin creates a contact, imports a CSV with a bad row after its preview, and exports the list', async () => {
  const p = page();
  await openFromMenu(p, 'Contatos');
  await p.getByRole('heading', { name: 'Contatos', level: 1 }).waitFor();

  // A contact typed by hand, with a custom field.
  await p.getByRole('button', { name: 'Novo contato' }).click();
  const dialog = p.getByRole('dialog', { name: 'Novo contato' });
  await dialog.getByLabel(/^Nome/).first().fill(CREATED.name);
  await dialog.getByLabel(/^Número/).fill(`(11) ${CREATED.number.slice(4, 9)}-${CREATED.number.slice(9)}`);
  await dialog.getByRole('button', { name: 'Adicionar campo' }).click();
  await dialog.getByLabel('Nome do campo 1').fill('CPF');
  await dialog.getByLabel('Valor do campo 1').fill('123.456.789-00');
  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await p.getByText(`Contato ${CREATED.name} criado`).waitFor();

  // The CSV: two good rows and one whose number is not a phone number.
  await p.getByRole('button', { name: 'Importar CSV' }).click();
  const importDialog = p.getByRole('dialog', { name: 'Importar contatos' });
  await importDialog.getByLabel('Escolher arquivo CSV').setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await importDialog.getByText('Prévia de clientes.csv: nada foi gravado ainda.').waitFor();
  await importDialog.getByText('Novos: 2').waitFor();
  await importDialog.getByText('Com erro: 1').waitFor();
  const skipped = importDialog.getByRole('table', { name: 'Linhas que não serão importadas' });
  const badRow = skipped.getByRole('row').filter({ hasText: BAD_ROW.name });
  await badRow.getByRole('cell', { name: '3', exact: true }).waitFor();
  await badRow.getByText('Este não é um número de telefone válido.').waitFor();
  await screenshot(p, 'contacts-02-import-preview');

  await importDialog.getByRole('button', { name: 'Importar 2 contatos' }).click();
  const doneDialog = p.getByRole('dialog', { name: 'Importação concluída' });
  await doneDialog.getByText('Importados: 2').waitFor();
  await screenshot(p, 'contacts-03-import-report');
  await doneDialog.getByRole('button', { name: 'Fechar' }).click();
  await doneDialog.waitFor({ state: 'hidden' });

  // The list, searched by this run's id: the typed contact and the two imported ones, not the bad row.
  await searchContacts(runId);
  for (const contact of [CREATED, ...IMPORTED]) {
    await contactsTable()
      .getByRole('row')
      .filter({ hasText: contact.name })
      .getByRole('cell', { name: shown(contact.number), exact: true })
      .waitFor();
  }
  await contactsTable().getByRole('row').filter({ hasText: IMPORTED[0]!.name }).getByText(`E2E ${runId}`).waitFor();
  expect(await contactsTable().getByText(BAD_ROW.name).count()).toBe(0);
  await screenshot(p, 'contacts-01-list');

  // The tag the file brought filters the list down to the one contact that has it.
  await p.getByRole('combobox', { name: 'Etiqueta' }).click();
  await p.getByRole('option', { name: `E2E ${runId}` }).click();
  await contactsTable().getByRole('row').filter({ hasText: IMPORTED[1]!.name }).waitFor({ state: 'detached' });
  await contactsTable().getByRole('row').filter({ hasText: IMPORTED[0]!.name }).waitFor();
  await p.getByRole('combobox', { name: 'Etiqueta' }).click();
  await p.getByRole('option', { name: 'Todas as etiquetas' }).click();
  await contactsTable().getByRole('row').filter({ hasText: IMPORTED[1]!.name }).waitFor();

  // Export: an authenticated fetch turned into a browser download.
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Exportar CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^contatos-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const exported = await readFile(path, 'utf8');
  // The file writes numbers for people ("+55 11 91234-5678"); compare their digits.
  const digits = exported.replace(/[ +()-]/g, '');
  for (const contact of [CREATED, ...IMPORTED]) {
    expect(exported).toContain(contact.name);
    expect(digits).toContain(contact.number);
  }
  expect(exported).not.toContain(BAD_ROW.name);
});

test('a setting changed by the admin is still there after a reload', async () => {
  const p = page();
  await openFromMenu(p, 'Configurações');
  const timeout = p.getByRole('spinbutton', { name: /Tempo de espera do menu/ });
  const before = await timeout.inputValue();
  // A value that differs from whatever is stored, so the save is a real change.
  const next = before === '47' ? '48' : '47';
  await timeout.fill(next);
  await p.getByRole('button', { name: 'Salvar', exact: true }).click();
  await p.getByText('Configurações salvas').waitFor();
  await p.getByRole('button', { name: 'Salvar', exact: true }).scrollIntoViewIfNeeded();
  await screenshotOfView(p, 'settings-01-saved');

  await p.reload();
  await p.getByRole('spinbutton', { name: /Tempo de espera do menu/ }).waitFor();
  expect(await p.getByRole('spinbutton', { name: /Tempo de espera do menu/ }).inputValue()).toBe(next);

  // Put it back: the other browser tests share this company.
  await p.getByRole('spinbutton', { name: /Tempo de espera do menu/ }).fill(before);
  await p.getByRole('button', { name: 'Salvar', exact: true }).click();
  await p.getByText('Configurações salvas').waitFor();

  // The business hours editor, shown and then discarded without saving.
  await p.getByRole('switch', { name: 'Atender só em horário definido' }).check();
  await p.getByRole('group', { name: 'Sábado' }).getByRole('switch', { name: 'Sábado: aberto' }).check();
  await p.getByRole('group', { name: 'Segunda-feira' }).scrollIntoViewIfNeeded();
  await screenshotOfView(p, 'settings-02-business-hours');
  await p.getByRole('button', { name: 'Desfazer alterações' }).click();
  expect(await p.getByRole('switch', { name: 'Atender só em horário definido' }).isChecked()).toBe(false);
});

test('the seeded admin, a super admin, creates a company with its first admin', async () => {
  const p = page();
  const company = `Empresa E2E ${runId}`;
  await openFromMenu(p, 'Empresas');
  await p.getByRole('heading', { name: 'Empresas', level: 1 }).waitFor();
  await p.getByRole('button', { name: 'Nova empresa' }).click();
  const dialog = p.getByRole('dialog', { name: 'Nova empresa' });
  await dialog.getByLabel(/^Nome da empresa/).fill(company);
  await dialog.getByLabel(/^Nome do administrador/).fill('Dona Filial');
  await dialog.getByLabel(/^E-mail do administrador/).fill(`filial.${runId}@atende.test`);
  await dialog.getByLabel(/^Senha do administrador/).fill('filial-e2e-pass');
  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = p.getByRole('table', { name: 'Lista de empresas' }).getByRole('row').filter({ hasText: company });
  await row.getByText('Ativa').waitFor();
  await screenshot(p, 'companies-01-list');
});

test('the contacts screen works on a phone', async () => {
  const p = page();
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto('/contacts');
  await p.getByRole('heading', { name: 'Contatos', level: 1 }).waitFor();
  await searchContacts(runId);
  await contactsTable().getByRole('row').filter({ hasText: IMPORTED[0]!.name }).waitFor();
  // Nothing wider than the screen: no sideways scrolling on a phone.
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(p, 'contacts-04-phone');
  await p.getByRole('button', { name: `Editar ${IMPORTED[0]!.name}` }).click();
  await p.getByRole('dialog', { name: 'Editar contato' }).getByLabel('Valor do campo 1').waitFor();
  await screenshot(p, 'contacts-05-phone-edit');
  await p.getByRole('dialog', { name: 'Editar contato' }).getByRole('button', { name: 'Cancelar' }).click();
  await p.setViewportSize({ width: 1280, height: 800 });
});
