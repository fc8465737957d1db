import type { PromptMessage } from '../db/botPhase.js';
import { SPOKEN_MEDIA_TYPES } from '../db/transcripts.js';

/** Whether a message of this kind carries speech (a voice note, an audio file). */
export function isSpoken(mediaType: string): boolean {
  return (SPOKEN_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

/**
 * Whether the customer's turn is recordings only and none was transcribed: nothing the model could answer from
 * (it would read "[voice]" and guess).
 */
export function onlyUnheardSpeech(turn: readonly Pick<PromptMessage, 'mediaType' | 'body' | 'transcript'>[]): boolean {
  return turn.length > 0 && turn.every((m) => isSpoken(m.mediaType) && !m.transcript?.trim() && !m.body.trim());
}
