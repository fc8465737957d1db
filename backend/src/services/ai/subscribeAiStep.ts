import type Bull from 'bull';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { createQueue } from '../../queues/createQueue.js';
import { queueSettled } from '../../queues/queueSettled.js';
import { findAgentFor } from '../../db/aiAgents.js';
import { selectTicket } from '../../db/tickets.js';
import { answerCustomer, type AiStepJob } from './answerCustomer.js';
import { handOffTicket } from './handOffTicket.js';
import { isOptOutText } from '../../lib/optOutKey.js';
import { getSetting } from '../settings/getSettings.js';

// The AI step's Bull queue: one delayed job per customer message on a ticket in its bot phase. The delay is the
// debounce (AI_DEBOUNCE_MS): when it is over, the job answers only if its message is still the customer's
// latest — so three messages within the window get one answer, from the last one's job, with all three in the
// conversation. Jobs run AI_CONCURRENCY at a time (a job mostly waits on its model), and one ticket's turns
// never overlap (answerCustomer's lock). Job ids are the message ids: a redelivered event queues nothing twice.

let current: Bull.Queue<AiStepJob> | undefined;
const adding = new Set<Promise<unknown>>();

/** Resolves once every AI job queued so far has run (tests: "the AI had its chance to answer"). */
export function aiStepSettled(timeoutMs = 60_000): Promise<void> {
  return queueSettled(current, adding, timeoutMs);
}

/**
 * Never silence: a message the AI step cannot answer — Redis refused its job, or the job failed every attempt
 * (the database away, a turn lock that stayed busy) — sends the ticket to people.
 */
async function giveUp({ companyId, ticketId }: AiStepJob, why: string, err: unknown): Promise<void> {
  logger.error(`AI step ${why}; the ticket goes to people`, { companyId, ticketId, err: String(err) });
  const ticket = await selectTicket(companyId, ticketId);
  const agent = ticket ? await findAgentFor(companyId, { whatsappId: ticket.whatsappId, queueId: ticket.queueId }) : undefined;
  await handOffTicket({ companyId, ticketId, cause: 'unavailable', agent: agent ?? null }).catch((failure: unknown) =>
    logger.error('AI handoff failed', { companyId, ticketId, err: String(failure) }),
  );
}

/**
 * "SAIR" opts out of campaigns (services/campaigns/): the confirmation answers it, not the agent. No job, and
 * an earlier message's job does not answer either (it is no longer the latest); the bot phase goes on.
 */
async function optOut(companyId: number, body: string): Promise<boolean> {
  return body.trim() !== '' && isOptOutText(body, await getSetting(companyId, 'optOutKeywords'));
}

export function subscribeAiStep(): () => void {
  const { config } = ctx();
  const queue = createQueue<AiStepJob>('ai-step', { attempts: 3, backoff: { type: 'fixed', delay: 2_000 } });
  current = queue;
  void queue.process(config.ai.concurrency, (job) => answerCustomer(job.data));
  queue.on('failed', (job, err) => {
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) void giveUp(job.data, 'failed', err);
  });
  let stopped = false;
  const off = domainEvents.subscribe('message.created', ({ companyId, ticket, message }) => {
    // Only the customer's messages on a ticket the AI agent answers; the event says where the ticket is.
    // A call says nothing to answer: the company's call message (if any) went out already.
    if (stopped || message.fromMe || message.mediaType === 'call' || !ticket.botActive || ticket.status === 'closed') return;
    const job: AiStepJob = { companyId, ticketId: ticket.id, messageId: String(message.id) };
    const added = optOut(companyId, message.body)
      .then((out) => (out ? undefined : queue.add(job, { jobId: `message:${job.messageId}`, delay: config.ai.debounceMs })))
      .catch((err: unknown) => giveUp(job, 'not queued', err))
      .finally(() => adding.delete(added));
    adding.add(added);
  });
  return () => {
    stopped = true;
    off();
    if (current === queue) current = undefined;
  };
}
