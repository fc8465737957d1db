import { readFile, stat } from 'node:fs/promises';
import { ctx } from '../../context.js';
import { MAX_TRANSCRIPTION_BYTES, transcribeAudio } from '../../ai/transcription.js';
import { findAgentFor } from '../../db/aiAgents.js';
import { SPOKEN_MEDIA_TYPES, spokenMessage, storeTranscript } from '../../db/transcripts.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { mediaFileOf } from '../../whatsapp/media/mediaFiles.js';
import { budgetAllows } from './budgetAllows.js';
import { markUntranscribable } from './untranscribable.js';

/** One transcription job: a customer's voice note (or audio file) whose file was just stored. */
export interface TranscriptionJob {
  companyId: number;
  messageId: string;
}

export type TranscriptionOutcome = 'transcribed' | 'notTranscribed' | 'notForUs';

async function audioOf(mediaPath: string): Promise<Buffer | 'tooLong' | 'missing'> {
  const file = mediaFileOf(ctx().config.mediaDir, mediaPath);
  if (!file) return 'missing';
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) return 'missing';
  if (size > MAX_TRANSCRIPTION_BYTES) return 'tooLong';
  return readFile(file);
}

/**
 * Transcribes a customer's voice note with the agent that answers its ticket (the queue's, else the
 * connection's, as the AI step picks it) when that agent has transcription on — whether or not the AI is
 * answering the ticket now: attendants read the transcript too. The transcript is written on the message and
 * announced after commit (the chat shows it live); the AI step, which waits for it, answers from it.
 *
 * A transcription that gives nothing — the endpoint failed after the SDK's 3 attempts, the recording is over
 * the upload limit or silent, the budget is spent — is logged and leaves the message as it was; it is recorded
 * only so that the AI step stops waiting (untranscribable.ts). Failures that are not the endpoint's (the
 * database) throw: Bull tries the job again.
 */
export async function transcribeVoiceNote({ companyId, messageId }: TranscriptionJob): Promise<TranscriptionOutcome> {
  const note = await spokenMessage(companyId, messageId);
  if (!note || note.fromMe || note.isDeleted || note.transcript !== null || note.mediaStatus !== 'ready' || !note.mediaPath) return 'notForUs';
  if (!(SPOKEN_MEDIA_TYPES as readonly string[]).includes(note.mediaType)) return 'notForUs';
  const agent = await findAgentFor(companyId, { whatsappId: note.whatsappId, queueId: note.queueId });
  if (!agent?.transcribeAudio) return 'notForUs';
  const at = { companyId, ticketId: note.ticketId, messageId, aiAgentId: agent.id };

  const given = async (why: string): Promise<TranscriptionOutcome> => {
    logger.warn(`voice note not transcribed: ${why}`, at);
    await markUntranscribable(messageId);
    return 'notTranscribed';
  };
  if (!(await budgetAllows(companyId))) return given('the AI budget is spent');
  const audio = await audioOf(note.mediaPath);
  if (audio === 'missing') return given('its file is gone');
  if (audio === 'tooLong') return given(`the file is over ${MAX_TRANSCRIPTION_BYTES} bytes`);

  let text: string;
  try {
    text = (await transcribeAudio(agent, { bytes: audio, mimetype: note.mimetype }, { ticketId: note.ticketId })).trim();
  } catch (err) {
    // The endpoint's failures are AppErrors, logged without the provider's text by callErrors.ts.
    if (err instanceof AppError) return given(err.code);
    throw err;
  }
  if (!text) return given('the transcript is empty');

  const stored = await ctx().sequelize.transaction(async (transaction) => {
    const row = await storeTranscript(transaction, { companyId, messageId }, text);
    if (row) domainEvents.publishAfterCommit(transaction, 'message.updated', { companyId, ticketId: row.ticketId, message: row });
    return row;
  });
  // Deleted meanwhile, or written by an earlier run of this job: nothing to announce.
  return stored ? 'transcribed' : 'notForUs';
}
