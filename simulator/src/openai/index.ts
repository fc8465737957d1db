// The fake OpenAI-compatible server: its API for tests and the demo.
export { startFakeOpenAi, DEFAULT_MODELS, type FakeOpenAi, type FakeOpenAiOptions } from './server.js'
export { demoBrain, DEMO_TRANSCRIPT } from './demo-brain.js'
export { agentReply, type AgentReply, type AgentLead } from './agent-reply.js'
export { MALFORMED_JSON } from './chat.js'
export type {
  Brain,
  ChatBehaviour,
  ChatCall,
  ChatMessage,
  ChatRequest,
  ChatResponder,
  HttpFailure,
  Disconnect,
  JsonMode,
  JsonSchema,
  RecordedRequest,
  ResponseFormat,
  TranscriptionBehaviour,
  TranscriptionCall,
  TranscriptionResponder,
  TranscriptionUsage,
  Usage,
} from './types.js'
