/**
 * An AI agent: an OpenAI-compatible endpoint and what the model is told. The API key is write-only: answers
 * say only whether one is stored (`hasApiKey`).
 */
export interface AiAgentView {
  id: number;
  companyId: number;
  name: string;
  /** The API root, e.g. "https://api.openai.com/v1" or "http://localhost:11434/v1" (Ollama). */
  baseUrl: string;
  hasApiKey: boolean;
  model: string;
  systemPrompt: string;
  /** FAQ, prices, hours: sent to the model with the system prompt (at most 20 000 characters). */
  knowledge: string;
  /** 0–2 */
  temperature: number;
  /** How many of the chat's last messages go to the model (1–50). */
  historyWindow: number;
  /** How many AI answers one ticket gets before a person takes over (1–100). */
  maxTurns: number;
  /** Sent once when the conversation passes to a person. */
  handoffMessage: string;
  /** Words that make the customer's message go to a person at once ("atendente", "humano"). */
  handoffKeywords: string[];
  /** 0–1: an answer the model is less sure of than this is not sent; a person takes over. */
  confidenceThreshold: number;
  /** Voice notes are transcribed (the endpoint's /audio/transcriptions) and answered from the transcript. */
  transcribeAudio: boolean;
  transcriptionModel: string;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One turn of a conversation with a model: the customer (or the admin trying the agent) is `user`. */
export interface AiChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** Tokens as the endpoint reported them for one call. */
export interface AiTokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/**
 * Why a playground answer would not have reached a customer — a person would have taken over instead: a
 * handoff keyword in the message (the model is not asked), the model handed over, it was less sure than the
 * agent's threshold, its reply was refused by the safety check, or it answered twice in another format than
 * the JSON asked for.
 */
export type AiTestHandoffCause = 'keyword' | 'model' | 'lowConfidence' | 'guard' | 'malformed';

/** The playground's answer: what the model replied, what it cost, and what the inbound AI step would do with it. */
export interface AiAgentTestView {
  /** The reply a customer would get; '' when the model was not asked (keyword) or the safety check refused it; the model's raw text when it was not the JSON asked for. */
  reply: string;
  usage: AiTokenUsage;
  /** What the customer wants, in the model's few words; null when the model was not asked or its answer was unusable. */
  intent: string | null;
  /** 0–1, how sure the model is of its reply; null as `intent`. */
  confidence: number | null;
  /**
   * Null when a customer would have got `reply`; otherwise why a person would take over, with `detail`: the
   * model's reason (model), the keyword (keyword), the confidence as "0.42" (lowConfidence), what the check
   * refused (guard: canary, systemPrompt, knowledge, secret, empty, tooLong).
   */
  handoff: { cause: AiTestHandoffCause; detail: string | null } | null;
}
