import { readFile } from 'node:fs/promises';
import type { Answer } from '@atende/contract';
import type { Page } from 'playwright-core';
import type { ReceivedMessage, SimContact } from '../simulator/src/index.js';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots } from './support/flows.js';
import { UI } from './support/labels.js';

// Issue 14, acceptance 8: an admin sends a campaign from the screens — the wizard (audience by a tag, with the
// count and who is left out; two variants with {{variables}} and their preview; connection, rate with its
// warning, the estimated duration), starts it, watches the live page reach 100 % as the simulated phones receive,
// acknowledge and read, reads the report, and exports it as CSV. Customers are the simulator's contacts; each
// phone must get exactly one message, its variant's text filled in with its own name.
// Setup through the API (the contacts and connections screens have their own files); unique names (runId).
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55117${String(Date.now()).slice(-8)}`;
const TAG = `Clientes Natal ${runId}`;
const NAMES = ['Alice', 'Bruno', 'Carla', 'Davi', 'Elaine', 'Fábio'];
const VARIANTS = ['{{greeting}}, {{firstName}}! Panetone com 20% de desconto até sexta.', 'Oi, {{firstName}}! Chegou o panetone de chocolate da Padaria.'];
const pt = UI['pt-BR'];
const shots = new Shots('campaigns');

const { started } = useSimulatorSuite('campaigns', COMPANY_NUMBER);

/** The variant texts a customer may get, filled in as the server fills them ({{greeting}} depends on the hour). */
function expectedTexts(first: string): RegExp {
  const [one, two] = VARIANTS.map((v) => v.replace('{{greeting}}', '(Bom dia|Boa tarde|Boa noite)').replace('{{firstName}}', first));
  return new RegExp(`^(${one}|${two})$`);
}

async function pictured(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await screenshot(page, `failed-campaigns-${runId}`).catch(() => undefined);
    throw error;
  }
}

test('an admin creates a campaign in the wizard, starts it, watches it reach 100 %, reads the report and exports it', async () => {
  const { sim, phone, api, page } = started();
  await pictured(page, async () => {
    await pairConnection(api, phone, { name: `Padaria ${runId}` });
    const { tag } = await api.post<Answer<'POST /api/tags'>>('/api/tags', { name: TAG, color: '#2e7d32' });
    const customers: { name: string; contact: SimContact }[] = [];
    for (const [index, first] of NAMES.entries()) {
      const number = `551198${String(Date.now() + 11 * (index + 1)).slice(-7)}`;
      const name = `${first} ${runId}`;
      const { contact } = await api.post<Answer<'POST /api/contacts'>>('/api/contacts', { name, number });
      await api.put(`/api/contacts/${contact.id}/tags`, { tagIds: [tag.id] });
      customers.push({ name, contact: sim.contact(number, { pushName: name }) });
    }
    // One more with the tag who asked to receive no campaigns: counted as left out, never sent to.
    const { contact: olga } = await api.post<Answer<'POST /api/contacts'>>('/api/contacts', {
      name: `Olga ${runId}`,
      number: `551198${String(Date.now() + 97).slice(-7)}`,
    });
    await api.put(`/api/contacts/${olga.id}/tags`, { tagIds: [tag.id] });
    await api.put(`/api/contacts/${olga.id}`, { optedOut: true });
    const inboxes = customers.map(({ contact }) => {
      const got: ReceivedMessage[] = [];
      contact.onMessage((m) => {
        got.push(m);
        contact.read(m.id);
      });
      return got;
    });

    // The wizard, step 1: the audience by the tag, with the count and who is left out.
    await page.goto('/');
    await page.getByRole('navigation', { name: pt.navigation }).getByRole('link', { name: 'Campanhas' }).click();
    await page.getByRole('heading', { name: 'Campanhas' }).waitFor();
    await page.getByRole('button', { name: 'Nova campanha' }).first().click();
    await page.getByLabel(/^Nome da campanha/).fill(`Natal ${runId}`);
    await page.getByRole('combobox', { name: 'Etiquetas' }).click();
    await page.getByRole('option', { name: TAG }).click();
    await page.keyboard.press('Escape');
    const audience = page.getByRole('region', { name: 'Público' });
    await audience.getByText('6 contatos vão receber').waitFor({ timeout: 15_000 });
    await audience.getByText(/1 pediu para sair/).waitFor();
    await shots.take(page, 'wizard-audience');
    await page.getByRole('button', { name: 'Avançar' }).click();

    // Step 2: two variants with variables; the preview fills them for a sample contact.
    await page.getByLabel(/^Variação 1/).fill(VARIANTS[0]!);
    await page.getByRole('button', { name: 'Adicionar variação' }).click();
    await page.getByLabel(/^Variação 2/).fill(VARIANTS[1]!);
    const preview = page.getByRole('figure', { name: 'Prévia da variação 2' });
    // The bubble shows the text as typed until the server's rendering arrives: wait for the filled one.
    await preview.getByText(/^Oi, [^{}\s]+! Chegou o panetone de chocolate da Padaria\.$/).waitFor({ timeout: 15_000 });
    await page
      .getByRole('figure', { name: 'Prévia da variação 1' })
      .getByText(/^(Bom dia|Boa tarde|Boa noite), [^{}\s]+! Panetone/)
      .waitFor();
    await page
      .getByText(/^Como .+ vai ver$/)
      .first()
      .waitFor();
    await shots.take(page, 'wizard-message');
    await page.getByRole('button', { name: 'Avançar' }).click();

    // Step 3: the connection, a fast rate (warned about), no extra wait; the estimated duration.
    // Other files' connections live in the same database: pick this one (the wizard preselects the default).
    const connection = page.getByRole('combobox', { name: /Conexão/ });
    await connection.click();
    await page.getByRole('option', { name: new RegExp(`^Padaria ${runId}`) }).click();
    await connection.filter({ hasText: `Padaria ${runId}` }).waitFor();
    const rate = page.getByLabel(/^Mensagens por minuto/);
    await rate.fill('120');
    await page.getByText(/Acima de 20 mensagens por minuto o risco de bloqueio aumenta/).waitFor();
    await page.getByLabel(/^Espera aleatória extra/).fill('0');
    await page.getByText(/^Duração estimada: /).waitFor();
    await shots.take(page, 'wizard-sending');
    await page.getByRole('button', { name: 'Iniciar campanha' }).click();
    const confirm = page.getByRole('dialog', { name: 'Iniciar a campanha?' });
    await confirm.getByText(`A mensagem será enviada para 6 contatos pela conexão Padaria ${runId}.`).waitFor();
    await confirm.getByRole('button', { name: 'Iniciar campanha' }).click();

    // The live page: to 100 %, every counter where the phones took it — delivered and read.
    await page.getByText('Campanha iniciada', { exact: true }).waitFor();
    const progress = page.getByRole('progressbar', { name: 'Progresso da campanha' });
    await progress.waitFor();
    await page.getByText('100% enviado').waitFor({ timeout: 60_000 });
    for (const counter of ['Enviadas', 'Lidas']) {
      await page.getByRole('group', { name: counter }).getByText('6', { exact: true }).waitFor({ timeout: 30_000 });
    }
    await page.getByRole('group', { name: 'Pediram para sair' }).getByText('1', { exact: true }).waitFor();
    await page.getByText('Concluída', { exact: true }).first().waitFor({ timeout: 30_000 });
    await shots.take(page, 'live-finished');

    // Each phone decrypted exactly one message: its variant, filled in with its own first name.
    for (const [index, { name }] of customers.entries()) {
      const first = name.split(' ')[0]!;
      expect(inboxes[index]!.map((m) => m.text)).toEqual([expect.stringMatching(expectedTexts(first))]);
    }

    // The report: one row per recipient with its status; Olga listed as left out.
    const recipients = page.getByRole('table', { name: 'Destinatários' });
    for (const { name } of customers) await recipients.getByRole('row').filter({ hasText: name }).getByText('Lida').waitFor({ timeout: 20_000 });
    await recipients
      .getByRole('row')
      .filter({ hasText: `Olga ${runId}` })
      .getByText('Pediu para sair')
      .waitFor();
    await shots.take(page, 'report');

    // CSV export: a download of the same rows, for a spreadsheet (BOM, ";").
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^campanha-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + NAMES.length + 1);
    for (const { name } of customers) expect(lines.find((l) => l.includes(name))).toMatch(/;read;/);
    expect(lines.find((l) => l.includes(`Olga ${runId}`))).toMatch(/;skipped;opted_out;/);

    // The list shows it finished, with its progress.
    await page.getByRole('navigation', { name: pt.navigation }).getByRole('link', { name: 'Campanhas' }).click();
    const row = page.getByRole('row').filter({ hasText: `Natal ${runId}` });
    await row.getByText('Concluída').waitFor();
    await row.getByText('6 de 7').waitFor();
    await shots.take(page, 'list');
  });
}, 240_000);
