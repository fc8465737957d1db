import type { Locator, Page } from 'playwright-core';
import { createAttendant } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// Other browser test files share this database: every name carries this run's id.
const runId = Date.now().toString(36);
const QUEUE = `Suporte ${runId}`;
const ATTENDANT = { name: `Davi Fila ${runId}`, email: `davi.${runId}@atende.test`, password: 'davi-e2e-pass' };
const TAG = `VIP ${runId}`;
const SHORTCUT = `ola${runId}`;

const suite = useBrowserSuite({ name: 'admin-queues' });

beforeAll(async () => {
  await createAttendant(await suite.api(), ATTENDANT.name, ATTENDANT.email, ATTENDANT.password);
}, 60_000);

const time = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });

async function addOption(page: Page, menu: Locator, button: string, formTitle: string, title: string, message?: string, attendant?: string) {
  await menu.getByRole('button', { name: button }).click();
  const form = page.getByRole('dialog', { name: formTitle });
  await form.getByLabel(/^Título/).fill(title);
  if (message) await form.getByLabel('Mensagem').fill(message);
  if (attendant) {
    await form.getByRole('combobox', { name: 'Atendente' }).click();
    await page.getByRole('option', { name: attendant }).click();
  }
  await form.getByRole('button', { name: 'Salvar' }).click();
  await form.waitFor({ state: 'hidden' });
}

test('admin sets up a queue with hours and a two-level menu, a tag and a quick reply; all survive a reload', async () => {
  const { page } = await suite.newPage();
  await page.goto('/');
  await signIn(page, ADMIN.email, ADMIN.password);

  // Queues: create one with its own hours (Monday with a lunch break, Wednesday closed, Saturday morning).
  await openFromMenu(page, 'Filas');
  await page.getByRole('heading', { name: 'Filas' }).waitFor();
  await page.getByRole('button', { name: 'Nova fila' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nova fila' });
  await dialog.getByLabel(/^Nome/).fill(QUEUE);
  await dialog.getByRole('radio', { name: 'Cor #7b1fa2' }).click();
  await dialog.getByRole('combobox', { name: 'Distribuição' }).click();
  await page.getByRole('option', { name: 'Rodízio' }).click();
  await dialog.getByLabel('Mensagem de saudação').fill('Olá! Você está no suporte.');
  await dialog.getByLabel('Mensagem fora do horário').fill('Estamos fora do horário; respondemos assim que abrirmos.');
  await dialog.getByRole('combobox', { name: 'Atendentes' }).click();
  await page.getByRole('option', { name: ATTENDANT.name }).click();
  await dialog.getByRole('heading', { name: 'Horário de atendimento' }).click(); // closes the list

  await dialog.getByRole('switch', { name: 'Horário próprio desta fila' }).click();
  await time(dialog, 'Segunda-feira, fim do intervalo 1').fill('12:00');
  await dialog.getByRole('button', { name: 'Adicionar intervalo em Segunda-feira' }).click();
  await time(dialog, 'Segunda-feira, início do intervalo 2').fill('13:00');
  await time(dialog, 'Segunda-feira, fim do intervalo 2').fill('18:00');
  await dialog.getByRole('switch', { name: 'Quarta-feira: aberto' }).click();
  await dialog.getByRole('switch', { name: 'Sábado: aberto' }).click();
  await time(dialog, 'Sábado, fim do intervalo 1').fill('13:00');

  // An overlap is flagged on the spot and keeps the form from being sent.
  await dialog.getByRole('button', { name: 'Adicionar intervalo em Terça-feira' }).click();
  await time(dialog, 'Terça-feira, início do intervalo 2').fill('17:00');
  const tuesday = dialog.getByRole('group', { name: 'Terça-feira' });
  await tuesday.getByText('Este intervalo se sobrepõe a outro').first().waitFor();
  await tuesday.scrollIntoViewIfNeeded();
  await screenshot(page, 'queues-01-hours-overlap');
  await dialog.getByRole('button', { name: 'Remover intervalo 2 de Terça-feira' }).click();
  await dialog.getByText('Este intervalo se sobrepõe a outro').waitFor({ state: 'detached' });

  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(`Fila ${QUEUE} criada`).waitFor();
  const table = page.getByRole('table', { name: 'Lista de filas' });
  const row = table.getByRole('row').filter({ hasText: QUEUE });
  await row.getByRole('cell', { name: '1 atendente', exact: true }).waitFor();
  await screenshot(page, 'queues-02-list');

  // Its chatbot menu: two first-level options, one with a sub-option.
  await row.getByRole('button', { name: `Menu de opções de ${QUEUE}` }).click();
  const menu = page.getByRole('dialog', { name: `Menu de opções: ${QUEUE}` });
  await menu.getByText('Este menu ainda não tem opções.').waitFor();
  await addOption(page, menu, 'Adicionar opção', 'Nova opção', 'Financeiro', 'Sobre pagamentos e boletos');
  await addOption(page, menu, 'Adicionar opção', 'Nova opção', 'Falar com atendente', undefined, ATTENDANT.name);
  await addOption(page, menu, 'Adicionar sub-opção em Financeiro', 'Nova sub-opção de Financeiro', 'Segunda via de boleto', 'Informe o CPF do titular.');
  await menu.getByRole('listitem', { name: '1.1. Segunda via de boleto' }).waitFor();
  await menu.getByRole('listitem', { name: '2. Falar com atendente' }).waitFor();
  await screenshot(page, 'queues-03-options-menu');
  await menu.getByRole('button', { name: 'Fechar' }).click();
  await menu.waitFor({ state: 'hidden' });

  // Tags.
  await openFromMenu(page, 'Etiquetas');
  await page.getByRole('heading', { name: 'Etiquetas' }).waitFor();
  await page.getByRole('button', { name: 'Nova etiqueta' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Nova etiqueta' });
  await tagDialog.getByLabel(/^Nome/).fill(TAG);
  await tagDialog.getByRole('radio', { name: 'Cor #f9a825' }).click();
  await screenshot(page, 'queues-04-tag-dialog');
  await tagDialog.getByRole('button', { name: 'Criar' }).click();
  await tagDialog.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Lista de etiquetas' }).getByRole('cell', { name: TAG, exact: true }).waitFor();
  await screenshot(page, 'queues-05-tags-list');

  // A quick reply for the new queue, with variables inserted by their buttons.
  await openFromMenu(page, 'Respostas rápidas');
  await page.getByRole('heading', { name: 'Respostas rápidas' }).waitFor();
  await page.getByRole('button', { name: 'Nova resposta' }).click();
  const replyDialog = page.getByRole('dialog', { name: 'Nova resposta rápida' });
  await replyDialog.getByLabel(/^Atalho/).fill(`/${SHORTCUT}`);
  const message = replyDialog.getByLabel(/^Mensagem/);
  await message.click();
  await replyDialog.getByRole('button', { name: 'Inserir Saudação (bom dia…)' }).click();
  await message.press('End');
  await message.pressSequentially(', aqui é ');
  await replyDialog.getByRole('button', { name: 'Inserir Atendente' }).click();
  await message.press('End');
  await message.pressSequentially('. Como posso ajudar?');
  await replyDialog.getByRole('combobox', { name: 'Disponível em' }).click();
  await page.getByRole('option', { name: QUEUE }).click();
  await replyDialog.getByRole('button', { name: 'Criar' }).click();
  await replyDialog.waitFor({ state: 'hidden' });
  const replies = page.getByRole('table', { name: 'Lista de respostas rápidas' });
  await replies.getByText('{{greeting}}, aqui é {{attendant}}. Como posso ajudar?').waitFor();

  // Editing shows the server-rendered preview (greeting by the clock, the admin as attendant).
  await page.getByRole('button', { name: `Editar /${SHORTCUT}` }).click();
  const editReply = page.getByRole('dialog', { name: 'Editar resposta rápida' });
  await editReply
    .getByRole('region', { name: 'Prévia da versão salva' })
    .getByText(/^(Bom dia|Boa tarde|Boa noite), aqui é .+\. Como posso ajudar\?$/)
    .waitFor();
  await screenshot(page, 'queues-06-quick-reply-preview');
  await editReply.getByRole('button', { name: 'Cancelar' }).click();
  await editReply.waitFor({ state: 'hidden' });

  // After a reload everything is read back from the server.
  await page.reload();
  await replies
    .getByRole('row')
    .filter({ hasText: `/${SHORTCUT}` })
    .getByRole('cell', { name: QUEUE, exact: true })
    .waitFor();
  await screenshot(page, 'queues-07-quick-replies-list');
  await openFromMenu(page, 'Etiquetas');
  await page.getByRole('table', { name: 'Lista de etiquetas' }).getByRole('cell', { name: TAG, exact: true }).waitFor();

  await openFromMenu(page, 'Filas');
  await page.reload();
  await row.getByRole('cell', { name: 'Rodízio', exact: true }).waitFor();
  await row.getByRole('button', { name: `Editar ${QUEUE}` }).click();
  const edit = page.getByRole('dialog', { name: 'Editar fila' });
  expect(await time(edit, 'Segunda-feira, fim do intervalo 1').inputValue()).toBe('12:00');
  expect(await time(edit, 'Segunda-feira, início do intervalo 2').inputValue()).toBe('13:00');
  expect(await time(edit, 'Sábado, fim do intervalo 1').inputValue()).toBe('13:00');
  expect(await edit.getByRole('switch', { name: 'Quarta-feira: aberto' }).isChecked()).toBe(false);
  expect(await time(edit, 'Terça-feira, fim do intervalo 1').inputValue()).toBe('18:00');
  expect(await edit.getByLabel('Terça-feira, início do intervalo 2', { exact: true }).count()).toBe(0);
  await edit.getByRole('button', { name: ATTENDANT.name }).waitFor();
  await screenshot(page, 'queues-08-edit-after-reload');
  await edit.getByRole('button', { name: 'Cancelar' }).click();
  await edit.waitFor({ state: 'hidden' });

  await row.getByRole('button', { name: `Menu de opções de ${QUEUE}` }).click();
  await menu.getByRole('listitem', { name: '1. Financeiro' }).getByRole('listitem', { name: '1.1. Segunda via de boleto' }).waitFor();
  await menu.getByRole('listitem', { name: '2. Falar com atendente' }).getByText(`Vai para ${ATTENDANT.name}`).waitFor();
  await menu.getByRole('button', { name: 'Fechar' }).click();
  await menu.waitFor({ state: 'hidden' });

  // The list on a phone: the essentials under the name, actions still reachable.
  await page.setViewportSize({ width: 390, height: 844 });
  await row.getByRole('button', { name: `Editar ${QUEUE}` }).waitFor();
  await screenshot(page, 'queues-09-phone-list');
}, 300_000);
