import type { Answer } from '@atende/contract';
import type { Page } from 'playwright-core';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, chatHeaderAction, openWaiting, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';

// Scheduled messages (issue 14) from the attendant's chair: from an open chat, "Agendar mensagem" with the
// variables the customer must never see raw; the list page shows it with its author and time, live; one is
// edited and then cancelled there; the other reaches the simulated phone at its time — after it, not before —
// with {{greeting}} and {{firstName}} filled in, and its row turns "Enviada" without a reload.
// The time box has minute precision and the server refuses a past time, so the message that goes out is set
// for the next whole minute (or the one after, when the next is too close to fill the form in time): the test
// waits up to about a minute and a half for it.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const ELISA = `Elisa ${runId}`;
const TEXT = '{{greeting}}, {{firstName}}! Seu pedido fica pronto hoje à tarde.';
const pt = UI['pt-BR'];
const shots = new Shots('scheduled');

const { started } = useSimulatorSuite('scheduled', COMPANY_NUMBER);

/** The `datetime-local` value of the first whole minute at least `leadMs` ahead, in the browser's clock. */
async function nextMinute(page: Page, leadMs: number): Promise<{ value: string; at: number }> {
  return page.evaluate((lead) => {
    const at = new Date(Math.ceil((Date.now() + lead) / 60_000) * 60_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const value = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
    return { value, at: at.getTime() };
  }, leadMs);
}

test('an attendant schedules a message from the chat, edits and cancels another on the list page, and the first reaches the phone at its time, filled in', async () => {
  const { sim, phone, api, page } = started();
  try {
    await pairConnection(api, phone, { name: `Padaria ${runId}` });
    const elisa = sim.contact(`55119${String(Date.now() + 7).slice(-8)}`, { pushName: ELISA });
    await page.goto('/');
    await openWaiting(page, pt);
    await elisa.sendText(phone, 'Oi! Meu pedido de pães já está pronto?');
    await ticketCard(page, pt, 'pending', ELISA).waitFor({ timeout: 20_000 });
    await acceptTicket(page, pt, ELISA, 'Meu pedido de pães já está pronto?');

    // From the chat's header: the dialog names the customer and explains the variables.
    const schedule = async (body: string, when: string) => {
      await chatHeaderAction(page, pt, 'Agendar mensagem');
      const dialog = page.getByRole('dialog', { name: `Agendar mensagem para ${ELISA}` });
      await dialog.getByRole('textbox', { name: 'Mensagem' }).fill(body);
      await dialog.getByLabel('Enviar em').fill(when);
      return dialog;
    };
    const later = await schedule('Lembrete: amanhã tem pão de queijo fresquinho.', (await nextMinute(page, 24 * 3_600_000)).value);
    await later.getByRole('button', { name: 'Agendar' }).click();
    await page.getByText('Mensagem agendada', { exact: true }).waitFor();
    await later.waitFor({ state: 'hidden' });

    const due = await nextMinute(page, 25_000);
    const dialog = await schedule(TEXT, due.value);
    await dialog.getByText(/Variáveis como \{\{firstName\}\} e \{\{greeting\}\}/).waitFor();
    await shots.take(page, 'dialog');
    await dialog.getByRole('button', { name: 'Agendar' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The list page: both, with their author; the later one edited, then cancelled.
    await page.getByRole('navigation', { name: pt.navigation }).getByRole('link', { name: 'Agendamentos' }).click();
    const rowOf = (text: string | RegExp) => page.getByRole('row').filter({ hasText: text });
    await page.getByRole('heading', { name: 'Mensagens agendadas' }).waitFor();
    await rowOf('{{greeting}}, {{firstName}}!').getByText('Agendada', { exact: true }).waitFor();
    const reminder = rowOf('pão de queijo');
    await reminder.getByText('Agendada', { exact: true }).waitFor();
    await reminder.getByText(ELISA).waitFor();
    await shots.take(page, 'list');
    await reminder.getByRole('button', { name: 'Editar' }).click();
    const edit = page.getByRole('dialog', { name: 'Editar mensagem agendada' });
    await edit.getByRole('textbox', { name: 'Mensagem' }).fill('Lembrete: amanhã tem pão de queijo e broa fresquinhos.');
    await edit.getByRole('button', { name: 'Agendar' }).click();
    await page.getByText('Mensagem agendada alterada', { exact: true }).waitFor();
    const edited = rowOf('pão de queijo e broa');
    await edited.waitFor();
    await edited.getByRole('button', { name: 'Cancelar agendamento' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancelar a mensagem agendada?' });
    await confirm.getByText(`A mensagem para ${ELISA} não será enviada.`).waitFor();
    await confirm.getByRole('button', { name: 'Cancelar agendamento' }).click();
    await edited.getByText('Cancelada', { exact: true }).waitFor();

    // At its time, not before: the phone gets the text filled in, and the row turns "Enviada" live.
    const received = await elisa.nextMessage({ timeoutMs: 100_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(due.at);
    expect(received.text).toMatch(new RegExp(`^(Bom dia|Boa tarde|Boa noite), Elisa! Seu pedido fica pronto hoje à tarde\\.$`));
    await rowOf('{{greeting}}, {{firstName}}!').getByText('Enviada', { exact: true }).waitFor({ timeout: 20_000 });
    await shots.take(page, 'sent');

    const { scheduledMessages } = await api.get<Answer<'GET /api/scheduled-messages'>>('/api/scheduled-messages');
    const mine = scheduledMessages.filter((s) => s.contact.name === ELISA);
    expect(mine.map((s) => s.status).sort()).toEqual(['cancelled', 'sent']);
  } catch (error) {
    await screenshot(page, `failed-scheduled-${runId}`).catch(() => undefined);
    throw error;
  }
}, 240_000);
