import type Bull from 'bull';
import { ctx } from '../../context.js';
import { SPOKEN_MEDIA_TYPES } from '../../db/transcripts.js';
import { domainEvents } from '../../events/bus.js';
import { createQueue } from '../../queues/createQueue.js';
import { queueSettled } from '../../queues/queueSettled.js';
import { transcribeVoiceNote, type TranscriptionJob } from './transcribeVoiceNote.js';
import { markUntranscribable } from './untranscribable.js';

// The transcription's Bull queue: one job per customer voice note, added once its file is stored (the job reads
// the file from disk). Job ids are the message ids: a redelivered event queues nothing twice. Jobs run
// AI_CONCURRENCY at a time, like the AI step's (each mostly waits on its endpoint).

let current: Bull.Queue<TranscriptionJob> | undefined;
const adding = new Set<Promise<unknown>>();

/** Resolves once every transcription queued so far has run (tests). */
export function transcriptionsSettled(timeoutMs = 60_000): Promise<void> {
  return queueSettled(current, adding, timeoutMs);
}

export function subscribeTranscription(): () => void {
  const queue = createQueue<TranscriptionJob>('ai-transcription', { attempts: 3, backoff: { type: 'fixed', delay: 2_000 } });
  current = queue;
  void queue.process(ctx().config.ai.concurrency, (job) => transcribeVoiceNote(job.data));
  // Every attempt failed (the database away): the AI step must not wait for this transcript any longer.
  queue.on('failed', (job) => {
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) void markUntranscribable(job.data.messageId);
  });
  let stopped = false;
  const off = domainEvents.subscribe('message.mediaStored', ({ companyId, message }) => {
    if (stopped || message.fromMe || !(SPOKEN_MEDIA_TYPES as readonly string[]).includes(message.mediaType)) return;
    const job: TranscriptionJob = { companyId, messageId: String(message.id) };
    const added = queue
      .add(job, { jobId: `transcribe:${job.messageId}` })
      .catch(() => markUntranscribable(job.messageId)) // Redis refused it: the message stays as it is
      .finally(() => adding.delete(added));
    adding.add(added);
  });
  return () => {
    stopped = true;
    off();
    if (current === queue) current = undefined;
  };
}
