import type { Answer, ContactView } from '@atende/contract';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, chatHeaderAction, openWaiting, ticketCard, ticketList } from './support/flows.js';
import { UI } from './support/labels.js';

// Closing (issue 17) from the attendant's chair: a spam ticket leaves Aguardando without being accepted, with the
// reason its queue requires and without the farewell; a contact blocked from the chat header writes again and
// nothing reaches the inbox; in Contatos they carry "Bloqueado", the filter finds them and the admin unblocks.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const SPAMMER = `Promo ${runId}`;
const PESTER = `Insistente ${runId}`;
const pt = UI['pt-BR'];
const shots = new Shots('closing');

const { started } = useSimulatorSuite('closing', COMPANY_NUMBER);

test('closes a spam ticket from Aguardando with a reason and no farewell, and blocks a contact (reversible in Contatos)', async () => {
  const { sim, phone, api, page } = started();
  try {
    const connection = await pairConnection(api, phone, { name: `Loja ${runId}`, farewellMessage: 'Até logo!' });
    // The connection's only queue takes its new tickets; it requires a close reason.
    await api.post('/api/queues', { name: `Vendas ${runId}`, color: '#ef6c00', whatsappIds: [connection.id], closeReasonMode: 'required' });
    await api.post('/api/close-reasons', { name: `Spam ${runId}` });
    await api.post('/api/close-reasons', { name: `Resolvido ${runId}` });

    const spammer = sim.contact(`55119${String(Date.now() + 3).slice(-8)}`, { pushName: SPAMMER });
    await page.goto('/');
    await openWaiting(page, pt);
    await spammer.sendText(phone, 'GANHE DINHEIRO RÁPIDO!!! Clique no link');
    await ticketCard(page, pt, 'pending', SPAMMER).waitFor({ timeout: 20_000 });
    await shots.take(page, 'waiting-with-spam');

    await page.getByRole('button', { name: `Encerrar o atendimento de ${SPAMMER} sem aceitar` }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalizar atendimento?' });
    await dialog.getByText('Escolha um motivo: esta fila exige um').waitFor();
    await dialog.getByRole('combobox', { name: /Motivo do encerramento/ }).click();
    await page.getByRole('option', { name: `Spam ${runId}` }).click();
    await dialog.getByRole('checkbox', { name: 'Enviar a mensagem de despedida da conexão' }).uncheck();
    await shots.take(page, 'close-dialog');
    await dialog.getByRole('button', { name: 'Finalizar' }).click();
    await ticketCard(page, pt, 'pending', SPAMMER).waitFor({ state: 'hidden' });
    await shots.take(page, 'waiting-without-spam');

    // Blocked from the chat header: their next message opens nothing.
    const pester = sim.contact(`55119${String(Date.now() + 4).slice(-8)}`, { pushName: PESTER });
    await pester.sendText(phone, 'Oi de novo, me responde');
    await ticketCard(page, pt, 'pending', PESTER).click({ timeout: 20_000 });
    await chatHeaderAction(page, pt, 'Bloquear contato');
    const confirm = page.getByRole('dialog', { name: `Bloquear ${PESTER}?` });
    await shots.take(page, 'block-confirm');
    await confirm.getByRole('button', { name: 'Bloquear contato' }).click();
    await page.getByText(`${PESTER} foi bloqueado`).waitFor();
    await page.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const close = page.getByRole('dialog', { name: 'Finalizar atendimento?' });
    await close.getByRole('combobox', { name: /Motivo do encerramento/ }).click();
    await page.getByRole('option', { name: `Spam ${runId}` }).click();
    await close.getByRole('checkbox', { name: 'Enviar a mensagem de despedida da conexão' }).uncheck();
    await close.getByRole('button', { name: 'Finalizar' }).click();
    await close.waitFor({ state: 'hidden' });

    await pester.sendText(phone, 'VOCÊS NÃO VÃO ME RESPONDER?');
    // The counter is the server's sign that the message was handled (dropped): only then is the absence meaningful.
    const search = encodeURIComponent(PESTER);
    for (let tries = 0; ; tries += 1) {
      const { contacts } = await api.get<Answer<'GET /api/contacts'>>(`/api/contacts?blocked=true&search=${search}`);
      if ((contacts[0] as ContactView | undefined)?.blockedMessages === 1) break;
      if (tries > 100) throw new Error('the blocked contact’s message was not counted');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await openWaiting(page, pt);
    // Loaded (the tab shows its count; an empty list has no height, so it is never "visible").
    await page.getByRole('tab', { name: /^Aguardando \(\d+\)/ }).waitFor();
    await ticketList(page, pt, 'pending').waitFor({ state: 'attached' });
    if ((await ticketCard(page, pt, 'pending', PESTER).count()) !== 0) throw new Error('the blocked contact’s message opened a ticket');
    await shots.take(page, 'waiting-after-blocked-message');

    // Contatos: "Bloqueado", the filter, and the admin unblocks.
    await page.getByRole('navigation', { name: pt.navigation }).getByRole('link', { name: 'Contatos', exact: true }).click();
    await page.getByRole('switch', { name: 'Somente bloqueados' }).click();
    const row = page.getByRole('table', { name: 'Lista de contatos' }).getByRole('row').filter({ hasText: PESTER });
    await row.getByTitle('1 mensagem descartada').waitFor();
    await shots.take(page, 'contacts-blocked');
    await row.getByRole('button', { name: `Desbloquear ${PESTER}` }).click();
    await page.getByText(`${PESTER} foi desbloqueado`).waitFor();
    await shots.take(page, 'contacts-unblocked');
  } catch (error) {
    await screenshot(page, `failed-closing-${runId}`).catch(() => undefined);
    throw error;
  }
}, 240_000);
