import { toFile } from 'openai';
import type { AiAgentRecord } from '../db/aiAgents.js';
import { insertAiUsage } from '../db/aiUsage.js';
import { aiCallFailed } from './callErrors.js';
import { clientFor } from './client.js';

// Speech to text through the agent's endpoint (`POST {baseUrl}/audio/transcriptions`, the openai SDK's
// audio.transcriptions.create): OpenAI's whisper-1 and gpt-4o-*-transcribe, or a local server offering the same
// route (faster-whisper behind vLLM, LocalAI, Speaches).

/** OpenAI's upload limit for one file; a longer recording is not sent at all. */
export const MAX_TRANSCRIPTION_BYTES = 25 * 1024 * 1024;

// The endpoint decides the audio format from the file name's extension (OpenAI refuses a name without a known
// one), so the stored file's type becomes a name. WhatsApp voice notes are Ogg/Opus; audio files come as MP3,
// M4A/AAC or others; an unknown type is sent as .ogg, the likeliest, and the endpoint judges.
const EXTENSIONS: [RegExp, string][] = [
  [/ogg|opus/, 'ogg'],
  [/mpeg|mp3/, 'mp3'],
  [/mp4|m4a|aac/, 'm4a'],
  [/wav/, 'wav'],
  [/webm/, 'webm'],
  [/flac/, 'flac'],
];

export function audioFileName(mimetype: string | null): string {
  const type = (mimetype ?? '').toLowerCase();
  return `voice-note.${EXTENSIONS.find(([pattern]) => pattern.test(type))?.[1] ?? 'ogg'}`;
}

/**
 * The transcript of one recording, with the agent's transcription model. The call's usage is stored (purpose
 * `transcription`) as the endpoint reports it: tokens for the gpt-4o-*-transcribe models; whisper-1 reports
 * seconds of audio, or nothing, and counts as 0 tokens — the company's token budget does not limit it, the
 * provider bills it per minute. Failures come back as the AppErrors of callErrors.ts.
 */
export async function transcribeAudio(agent: AiAgentRecord, audio: { bytes: Buffer; mimetype: string | null }, at: { ticketId: number }): Promise<string> {
  let result: { text: string; usage?: { type: string; input_tokens?: number; output_tokens?: number } };
  try {
    result = await clientFor(agent).audio.transcriptions.create({
      file: await toFile(audio.bytes, audioFileName(audio.mimetype), { type: audio.mimetype ?? 'audio/ogg' }),
      model: agent.transcriptionModel,
    });
  } catch (err) {
    throw aiCallFailed(err, { aiAgentId: agent.id, purpose: 'transcription' });
  }
  const tokens = result.usage?.type === 'tokens' ? result.usage : undefined;
  await insertAiUsage({
    companyId: agent.companyId,
    aiAgentId: agent.id,
    ticketId: at.ticketId,
    purpose: 'transcription',
    model: agent.transcriptionModel,
    promptTokens: tokens?.input_tokens ?? 0,
    completionTokens: tokens?.output_tokens ?? 0,
  });
  return result.text;
}
