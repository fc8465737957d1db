// A chat completion request seen the way behaviours and brains look at it: plain texts by role, the system
// message, the last user message and whether (and how) JSON was asked for.
import type { ChatCall, ChatMessage, ChatRequest, RecordedRequest } from './types.js'

/** A message's text: the string, or the text parts of a content array joined. */
export const messageText = (m: ChatMessage): string => (typeof m.content === 'string' ? m.content : (m.content ?? []).map(p => p.text ?? '').join(''))

export function chatCall(request: ChatRequest, record: RecordedRequest): ChatCall {
  const messages = request.messages.map(m => ({ role: m.role, text: messageText(m) }))
  const system = messages
    .filter(m => m.role === 'system' || m.role === 'developer')
    .map(m => m.text)
    .join('\n\n')
  const lastUser = [...messages].reverse().find(m => m.role === 'user')?.text ?? ''
  const format = request.response_format
  const jsonMode = format?.type === 'json_schema' || format?.type === 'json_object' ? format.type : /json/i.test(system) ? 'prompt' : undefined
  const schema = format?.type === 'json_schema' ? format.json_schema.schema : undefined
  return { request, record, system, messages, lastUser, jsonMode, schema }
}
