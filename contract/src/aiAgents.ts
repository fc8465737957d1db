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

/** The playground's answer: what the model replied, and what it cost. */
export interface AiAgentTestView {
  reply: string;
  usage: AiTokenUsage;
}
