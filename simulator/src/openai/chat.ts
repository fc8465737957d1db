// POST /v1/chat/completions: the request checked as OpenAI checks it (400s a client must never provoke), then the
// scripted behaviour (or the brain's answer) turned into OpenAI's response shape with a `usage` block.
import { agentReply } from './agent-reply.js'
import { failure, invalid, type OpenAiError } from './errors.js'
import { strictSchemaProblem } from './json-schema.js'
import type { ChatBehaviour, ChatCall, ChatRequest, Disconnect, HttpFailure, Usage } from './types.js'

const ROLES = ['system', 'assistant', 'user', 'function', 'tool', 'developer']
const FORMATS = ['text', 'json_object', 'json_schema']

export const modelNotFound = (model: string): OpenAiError =>
  failure(404, { message: `The model \`${model}\` does not exist or you do not have access to it.`, code: 'model_not_found' })

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The request as a ChatRequest, or the 400/404 OpenAI would answer to it. */
export function checkChatRequest(body: unknown, knowsModel: (id: string) => boolean): { request: ChatRequest } | OpenAiError {
  if (!isRecord(body)) return invalid('The request body must be a JSON object.')
  if (typeof body.model !== 'string' || !body.model) return invalid('you must provide a model parameter')
  if (body.messages === undefined) return invalid("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter')
  if (!Array.isArray(body.messages)) return invalid("Invalid type for 'messages': expected an array.", 'messages', 'invalid_type')
  if (!body.messages.length) {
    return invalid("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array')
  }
  for (const [i, m] of (body.messages as unknown[]).entries()) {
    const role = isRecord(m) ? m.role : undefined
    if (typeof role !== 'string' || !ROLES.includes(role)) {
      return invalid(
        `Invalid value: '${String(role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`,
        `messages[${i}].role`,
        'invalid_value',
      )
    }
  }
  if (body.stream === true) {
    return invalid('This fake OpenAI server does not stream: send the request without `stream: true`.', 'stream', 'unsupported_value')
  }
  const request = body as ChatRequest
  const formatProblem = checkResponseFormat(request)
  if (formatProblem) return formatProblem
  if (!knowsModel(request.model)) return modelNotFound(request.model)
  return { request }
}

function checkResponseFormat(request: ChatRequest): OpenAiError | undefined {
  const format = request.response_format as unknown
  if (format === undefined) return undefined
  const type = isRecord(format) ? format.type : undefined
  if (typeof type !== 'string' || !FORMATS.includes(type)) {
    return invalid(`Invalid value: '${String(type)}'. Supported values are: 'text', 'json_object', and 'json_schema'.`, 'response_format.type', 'invalid_value')
  }
  if (type === 'json_object' && !request.messages.some(m => /json/i.test(JSON.stringify(m.content)))) {
    return invalid("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", 'messages')
  }
  if (type !== 'json_schema') return undefined
  const spec = isRecord(format) ? format.json_schema : undefined
  if (!isRecord(spec) || typeof spec.name !== 'string') {
    return invalid("Missing required parameter: 'response_format.json_schema.name'.", 'response_format.json_schema.name', 'missing_required_parameter')
  }
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
    return invalid(
      `Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`,
      'response_format.json_schema.name',
      'invalid_value',
    )
  }
  if (spec.strict === true) {
    const problem = strictSchemaProblem(spec.name, isRecord(spec.schema) ? spec.schema : {})
    if (problem) return invalid(problem, 'response_format')
  }
  return undefined
}

/** A JSON object cut short, as a model that ran out of tokens or lost its way would write it. */
export const MALFORMED_JSON = '{"reply": "Olá! Posso ajudar com'

/** The message content a (non-error) behaviour produces. */
export function contentOf(b: Exclude<ChatBehaviour, HttpFailure | Disconnect | { brain: true }>, call: ChatCall): string {
  if ('json' in b) return JSON.stringify(b.json)
  if ('text' in b) return b.text
  if ('malformed' in b) return b.malformed === true ? MALFORMED_JSON : b.malformed
  return call.jsonMode ? JSON.stringify(agentReply({ reply: call.system })) : call.system
}

const estimate = (chars: number): number => Math.ceil(chars / 4)

/** OpenAI's chat.completion object; token counts are the behaviour's, or about one per 4 characters. */
export function completion(call: ChatCall, content: string, b: { usage?: Partial<Usage>; finishReason?: string }): object {
  const prompt = b.usage?.prompt_tokens ?? call.messages.reduce((n, m) => n + 4 + estimate(m.text.length), 3)
  const completionTokens = b.usage?.completion_tokens ?? estimate(content.length)
  return {
    id: `chatcmpl-fake${call.record.seq}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: call.request.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: b.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completionTokens,
      total_tokens: b.usage?.total_tokens ?? prompt + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_atende_fake',
  }
}
