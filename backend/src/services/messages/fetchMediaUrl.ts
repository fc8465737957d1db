import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { guardedRequest, GuardedHttpError } from '../../lib/guardedHttp.js';
import { safeFileName } from '../../lib/safeFileName.js';

/** A file fetched for the send API, stored like an upload (not yet judged: classifyUpload reads its bytes). */
export interface FetchedMedia {
  /** Absolute, under MEDIA_DIR/<company>/outbound, with a generated name. */
  path: string;
  /** The Content-Type the server declared (application/octet-stream when none). */
  declaredMime: string;
  size: number;
  /** The URL's last path segment, cleaned (the name the customer sees). */
  fileName: string;
}

const FETCH_TIMEOUT_MS = 15_000;

/**
 * Fetches a send-API `mediaUrl` through the SSRF guard (lib/guardedHttp.ts: a private, loopback or link-local
 * address is refused unless the company allows local media URLs; no redirects followed), within the upload size
 * limit (a larger file is refused, not cut), and stores it where uploads go. Anything but a 2xx with a body is
 * ERR_MEDIA_URL_FAILED: the client's URL is wrong, not Atende.
 */
export async function fetchMediaUrl(companyId: number, url: string, allowLocal: boolean): Promise<FetchedMedia> {
  const { config } = ctx();
  const maxBytes = config.uploadMaxBytes;
  let answer;
  try {
    answer = await guardedRequest(url, { timeoutMs: FETCH_TIMEOUT_MS, maxBytes, refuseLarger: true, allowLocal, headers: { 'user-agent': 'Atende/1' } });
  } catch (err) {
    if (!(err instanceof GuardedHttpError)) throw err;
    if (err.code === 'blocked') throw AppError.badRequest('ERR_MEDIA_URL_BLOCKED', 'The media URL points to a private, loopback or reserved address');
    if (err.code === 'tooLarge') throw AppError.badRequest('ERR_MEDIA_TOO_LARGE', 'The file at the media URL is too large', { maxBytes });
    if (err.code === 'invalidUrl') throw AppError.badRequest('ERR_MEDIA_URL_FAILED', `The media URL is not usable: ${err.message}`);
    throw AppError.badRequest('ERR_MEDIA_URL_FAILED', `The media URL could not be fetched: ${err.code}`);
  }
  if (answer.status < 200 || answer.status > 299)
    throw AppError.badRequest('ERR_MEDIA_URL_FAILED', `The media URL answered ${answer.status}`, { status: answer.status });
  if (answer.body.length === 0) throw AppError.badRequest('ERR_MEDIA_URL_FAILED', 'The media URL answered an empty file');
  const dir = join(config.mediaDir, String(companyId), 'outbound');
  await mkdir(dir, { recursive: true });
  const path = join(dir, randomUUID());
  await writeFile(path, answer.body);
  // The bytes decide (classifyUpload); a declared type of no family it knows ("binary/octet-stream") says nothing.
  const declared = String(answer.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  const declaredMime = /^(image|video|audio|application|text)\/[\w.+-]+$/.test(declared) ? declared : 'application/octet-stream';
  return { path, declaredMime, size: answer.body.length, fileName: safeFileName(decodeURIComponentSafe(new URL(url).pathname.split('/').pop() ?? '')) };
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
