import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../errors/AppError.js';

export interface ClassifiedUpload {
  mediaType: 'image' | 'video' | 'audio' | 'voice' | 'document';
  mimetype: string;
}

// What attendants may send, by the type the CONTENT really is (the declared type and name are not trusted).
const SNIFFED: Record<string, ClassifiedUpload['mediaType']> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'video/mp4': 'video',
  'video/3gpp': 'video',
  'audio/ogg': 'voice',
  'audio/opus': 'voice',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/aac': 'audio',
  'audio/x-m4a': 'audio',
  'audio/wav': 'audio',
  'application/pdf': 'document',
  'application/zip': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'document',
  'application/vnd.oasis.opendocument.text': 'document',
  'application/vnd.oasis.opendocument.spreadsheet': 'document',
  'application/x-cfb': 'document', // legacy .doc/.xls
};

const PLAIN_TEXT = new Set(['text/plain', 'text/csv']);

async function looksLikeText(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const sample = buffer.subarray(0, bytesRead);
    if (sample.includes(0)) return false;
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.max(0, bytesRead - 4)));
    return true;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/**
 * Decides what an uploaded file is from its bytes. A file whose bytes are not an allowed type, or that
 * claims to be something else than it is (an .exe named photo.jpg), is refused.
 */
export async function classifyUpload(path: string, declaredMime: string): Promise<ClassifiedUpload> {
  const sniffed = await fileTypeFromFile(path);
  if (sniffed) {
    // file-type may add parameters ("audio/ogg; codecs=opus" for a voice note): the type itself decides.
    const mediaType = SNIFFED[sniffed.mime.split(';')[0]!.trim()];
    if (!mediaType) throw AppError.badRequest('ERR_FILE_TYPE_NOT_ALLOWED', `Files of type ${sniffed.mime} cannot be sent`);
    const declaredFamily = declaredMime.split('/')[0];
    const sniffedFamily = sniffed.mime.split('/')[0];
    if (declaredMime !== 'application/octet-stream' && declaredFamily !== sniffedFamily && !(declaredFamily === 'application' && mediaType === 'document')) {
      throw AppError.badRequest('ERR_FILE_TYPE_MISMATCH', 'The file is not what its type says');
    }
    return { mediaType, mimetype: sniffed.mime };
  }
  const declared = declaredMime.split(';')[0]!.trim();
  if (PLAIN_TEXT.has(declared) && (await looksLikeText(path))) return { mediaType: 'document', mimetype: declared };
  throw AppError.badRequest('ERR_FILE_TYPE_NOT_ALLOWED', 'This kind of file cannot be sent');
}
