import type { Answer, UserView } from '@atende/contract';
import type { Page } from 'playwright-core';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, ticketCard, ticketList } from './support/flows.js';
import { UI } from './support/labels.js';
import { signIn } from './support/session.js';

// Issue 17, availability: an attendant pauses from the top bar and gets no new ticket while a colleague of
// the same queue gets them all; back, she gets the next one; the supervisor's team panel shows who is online,
// paused (and why) and how many tickets each holds, live, and pauses someone from there; logged out from there,
// the attendant's page goes to the login screen at once and says why. Real WhatsApp
// messages from the simulator; unique names (runId): other files write to the same database.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55118${String(Date.now()).slice(-8)}`;
const QUEUE = `Plantão ${runId}`;
const PASSWORD = 'availability-e2e-pass';
const ANA = { name: `Ana Pausa ${runId}`, email: `ana.pausa.${runId}@atende.test` };
const BRUNO = { name: `Bruno Livre ${runId}`, email: `bruno.livre.${runId}@atende.test` };
const SARA = { name: `Sara Supervisora ${runId}`, email: `sara.sup.${runId}@atende.test` };
const pt = UI['pt-BR'];
const shots = new Shots('availability');
let numbers = 0;
const newNumber = () => `55118${String(Date.now() + ++numbers).slice(-8)}`;

const { suite, started } = useSimulatorSuite('availability', COMPANY_NUMBER);

async function signedIn(who: { email: string }): Promise<Page> {
  const { page } = await suite.newPage();
  await page.goto('/');
  await signIn(page, who.email, PASSWORD);
  await page.getByRole('button', { name: /^Sua disponibilidade:/ }).waitFor();
  return page;
}

/** Every open page pictured when a step fails, then the failure. */
async function pictured(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [i, watched] of suite.pages.entries()) await screenshot(watched.page, `failed-availability-${runId}-${i}`).catch(() => undefined);
    throw error;
  }
}

test('a paused attendant gets nothing while a colleague gets the tickets; the supervisor sees it live on the team panel', async () => {
  const { sim, phone, api } = started();
  await pictured(async () => {
    const connection = await pairConnection(api, phone, { name: `Plantão ${runId}`, greetingMessage: '' });
    const people: Record<string, UserView> = {};
    for (const [key, who, profile] of [
      ['ana', ANA, 'user'],
      ['bruno', BRUNO, 'user'],
      ['sara', SARA, 'supervisor'],
    ] as const) {
      people[key] = (await api.post<Answer<'POST /api/users'>>('/api/users', { ...who, password: PASSWORD, profile })).user;
    }
    // The connection's only queue (no menu), dealt round robin between Ana and Bruno.
    await api.post('/api/queues', {
      name: QUEUE,
      color: '#00897b',
      distribution: 'round_robin',
      whatsappIds: [connection.id],
      userIds: [people.ana!.id, people.bruno!.id],
    });

    const ana = await signedIn(ANA);
    const bruno = await signedIn(BRUNO);
    const sara = await signedIn(SARA);

    // Ana goes to lunch from the top bar.
    await ana.getByRole('button', { name: 'Sua disponibilidade: Disponível' }).click();
    const dialog = ana.getByRole('dialog', { name: 'Pausar atendimentos' });
    await dialog.getByRole('button', { name: 'Almoço' }).click();
    await shots.take(ana, 'pause-dialog');
    await dialog.getByRole('button', { name: 'Pausar' }).click();
    await ana.getByRole('button', { name: 'Sua disponibilidade: Em pausa: Almoço' }).waitFor();
    await shots.take(ana, 'ana-paused');

    // Three customers write: all three go to Bruno, none to Ana.
    const customers = [1, 2, 3].map((i) => ({ name: `Cliente ${i} ${runId}`, contact: sim.contact(newNumber(), { pushName: `Cliente ${i} ${runId}` }) }));
    for (const c of customers) await c.contact.sendText(phone, `Olá, sou o cliente ${c.name}`);
    await bruno.getByRole('tab', { name: pt.tickets.tab.open }).click();
    for (const c of customers) await ticketCard(bruno, pt, 'open', c.name).waitFor();
    await shots.take(bruno, 'bruno-gets-all');
    await ana.getByRole('tab', { name: pt.tickets.tab.open }).click();
    await ana.getByText('Nenhum atendimento em andamento.').waitFor();
    expect(await ticketList(ana, pt, 'open').getByRole('link').count()).toBe(0);
    const open = await api.get<Answer<'GET /api/tickets'>>('/api/tickets?status=open&limit=100');
    const ours = open.tickets.filter((t) => customers.some((c) => c.name === t.contact.name));
    expect(ours.map((t) => t.userId)).toEqual([people.bruno!.id, people.bruno!.id, people.bruno!.id]);
    await shots.take(ana, 'ana-gets-nothing');

    // The supervisor's team panel: Ana paused for lunch, Bruno holding three; both online.
    await sara.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Equipe', exact: true }).click();
    const team = sara.getByRole('table', { name: 'Equipe' });
    const anaRow = team.getByRole('row').filter({ hasText: ANA.name });
    const brunoRow = team.getByRole('row').filter({ hasText: BRUNO.name });
    await anaRow.getByText('Em pausa: Almoço').waitFor();
    await anaRow.getByText('On-line').waitFor();
    await brunoRow.getByText(/^3( de \d+)?$/).waitFor();
    await shots.take(sara, 'team-panel');

    // Ana is back: the next customer is hers, and the panel follows without a reload.
    await ana.getByRole('button', { name: 'Sua disponibilidade: Em pausa: Almoço' }).click();
    await ana.getByRole('button', { name: 'Sua disponibilidade: Disponível' }).waitFor();
    await anaRow.getByText('Disponível').waitFor();
    const fourth = `Cliente 4 ${runId}`;
    await sim.contact(newNumber(), { pushName: fourth }).sendText(phone, 'Boa tarde, alguém aí?');
    await ticketCard(ana, pt, 'open', fourth).click();
    await ana.getByText('Atendido por você').waitFor();
    await anaRow.getByText(/^1( de \d+)?$/).waitFor();
    await shots.take(ana, 'ana-back-gets-next');

    // The supervisor pauses Bruno from the panel; he is told at once, by name.
    await brunoRow.getByRole('button', { name: `Pausar ${BRUNO.name}` }).click();
    const pauseBruno = sara.getByRole('dialog', { name: `Pausar ${BRUNO.name}` });
    await pauseBruno.getByRole('button', { name: 'Reunião' }).click();
    await pauseBruno.getByRole('button', { name: 'Pausar' }).click();
    await brunoRow.getByText('Em pausa: Reunião').waitFor();
    await bruno.getByRole('button', { name: 'Sua disponibilidade: Em pausa: Reunião' }).waitFor();
    await bruno.getByText(`${SARA.name} colocou você em pausa.`).waitFor();
    await shots.take(bruno, 'bruno-paused-by-supervisor');
    await shots.take(sara, 'team-panel-after');

    // The supervisor logs Bruno out: his page goes to the login screen by itself (no click, no reload) and
    // says why; the panel shows him offline.
    await brunoRow.getByRole('button', { name: `Desconectar ${BRUNO.name}` }).click();
    const logOut = sara.getByRole('dialog', { name: `Desconectar ${BRUNO.name}?` });
    await logOut.getByRole('button', { name: 'Desconectar' }).click();
    await bruno.getByRole('heading', { name: 'Entrar' }).waitFor();
    await bruno.getByRole('status').getByText('Sua sessão foi encerrada por um supervisor.').waitFor();
    expect(await bruno.getByText(customers[0]!.name).count()).toBe(0);
    // Sara's "paused you" notice was Bruno's session's: it does not stay over the login page.
    await bruno.getByText(`${SARA.name} colocou você em pausa.`).waitFor({ state: 'detached' });
    await brunoRow.getByText('Off-line').waitFor();
    await shots.take(bruno, 'bruno-logged-out-by-supervisor');
  });
}, 180_000);
