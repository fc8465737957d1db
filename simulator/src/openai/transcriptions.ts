// POST /v1/audio/transcriptions: multipart `file` + `model` (+ language, prompt, response_format), checked as
// OpenAI checks them — it decides the audio format from the file name's extension, so a voice note uploaded
// without ".ogg" is refused there and here — and the transcript in the requested format.
import { modelNotFound } from './chat.js'
import { invalid, type OpenAiError } from './errors.js'
import type { Answer, Multipart } from './http.js'
import type { RecordedRequest, TranscriptionCall, TranscriptionUsage } from './types.js'

const AUDIO_EXTENSIONS = ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']
const FORMATS = ['json', 'text', 'srt', 'verbose_json', 'vtt']

export function checkTranscription(form: Multipart, record: RecordedRequest, knowsModel: (id: string) => boolean): TranscriptionCall | OpenAiError {
  const { file, fields } = form
  if (!file) return invalid("Missing required parameter: 'file'.", 'file', 'missing_required_parameter')
  if (!fields.model) return invalid("Missing required parameter: 'model'.", 'model', 'missing_required_parameter')
  const extension = file.name.includes('.') ? (file.name.split('.').pop()?.toLowerCase() ?? '') : ''
  if (!AUDIO_EXTENSIONS.includes(extension)) {
    return invalid(`Invalid file format. Supported formats: [${AUDIO_EXTENSIONS.map(e => `'${e}'`).join(', ')}]`, 'file', 'invalid_value')
  }
  if (!file.bytes.length) return invalid('Audio file is too short. Minimum audio length is 0.1 seconds.', 'file', 'audio_too_short')
  const format = fields.response_format ?? 'json'
  if (!FORMATS.includes(format)) {
    return invalid(`Invalid value: '${format}'. Supported values are: 'json', 'text', 'srt', 'verbose_json', and 'vtt'.`, 'response_format', 'invalid_value')
  }
  if (!knowsModel(fields.model)) return modelNotFound(fields.model)
  return { record, model: fields.model, file, language: fields.language, prompt: fields.prompt }
}

/** OpenAI's `usage` object: typed, with a total for tokens. */
function usageOf(usage: TranscriptionUsage | undefined): object | undefined {
  if (!usage) return undefined
  if ('seconds' in usage) return { type: 'duration', seconds: usage.seconds }
  return { type: 'tokens', ...usage, total_tokens: usage.input_tokens + usage.output_tokens }
}

/** The transcript as the requested `response_format` presents it (usage only in the JSON formats, as OpenAI does). */
export function transcriptAnswer({ text, usage }: { text: string; usage?: TranscriptionUsage }, call: TranscriptionCall): Answer {
  const format = call.record.fields?.response_format ?? 'json'
  const reported = usageOf(usage)
  const cue = (sep: string): string => `00:00:00${sep}000 --> 00:00:01${sep}000\n${text}\n`
  switch (format) {
    case 'text':
      return { status: 200, body: `${text}\n`, text: true }
    case 'srt':
      return { status: 200, body: `1\n${cue(',')}\n`, text: true }
    case 'vtt':
      return { status: 200, body: `WEBVTT\n\n${cue('.')}\n`, text: true }
    case 'verbose_json':
      return { status: 200, body: { task: 'transcribe', language: call.language ?? 'portuguese', duration: 1, text, segments: [], usage: reported } }
    default:
      return { status: 200, body: reported ? { text, usage: reported } : { text } }
  }
}
