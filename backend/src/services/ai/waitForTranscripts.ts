import { ctx } from '../../context.js';
import { findAgentFor } from '../../db/aiAgents.js';
import type { BotTurnState } from '../../db/botPhase.js';
import { untranscribedNotesOfTurn } from '../../db/transcripts.js';
import { untranscribableOf } from './untranscribable.js';

// The transcription runs beside the AI step (its own queue, after the file's download), so a turn may come due
// — the debounce over — while the customer's voice note is still being transcribed. The turn then waits for it:
// the model must hear what the customer said, not "[voice]". Polling the database, because the transcript may be
// written by another backend process; a few cheap reads a second, for the seconds a transcription takes.

const POLL_MS = 250;

/** How long after a voice note arrived a turn still waits for its transcript: the download, then the SDK's 3 attempts. */
const patienceMs = () => 3 * ctx().config.ai.timeoutMs + 30_000;

/**
 * Resolves once no voice note of the customer's turn (up to `messageId`) is still to be transcribed: each has its
 * transcript, or will have none (its download failed, its transcription gave nothing), or has been waited for
 * long enough. At once when the ticket's agent does not transcribe.
 */
export async function waitForTranscripts(
  companyId: number,
  ticketId: number,
  messageId: string,
  state: Pick<BotTurnState, 'whatsappId' | 'queueId'>,
): Promise<void> {
  const agent = await findAgentFor(companyId, { whatsappId: state.whatsappId, queueId: state.queueId });
  if (!agent?.transcribeAudio) return;
  for (;;) {
    const notes = (await untranscribedNotesOfTurn(ticketId, messageId)).filter((n) => n.mediaStatus !== 'failed' && n.ageMs < patienceMs());
    if (notes.length === 0) return;
    const given = await untranscribableOf(notes.map((n) => n.id));
    if (notes.every((n) => given.has(n.id))) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
