import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolveFileType } from './sniffMime.js';
import { newMediaPath } from './mediaFiles.js';

export interface StoredMedia {
  /** Relative to MEDIA_DIR. */
  mediaPath: string;
  mimeType: string;
  size: number;
}

export class MediaRejected extends Error {
  constructor(readonly reason: 'too_large' | 'corrupt') {
    super(`media rejected: ${reason}`);
    this.name = 'MediaRejected';
  }
}

/**
 * Streams a file into MEDIA_DIR without holding it in memory: counted (size cap) and hashed (checked
 * against the sender's declared SHA-256 when there is one); its type is then read from its own bytes. It
 * lands under a temporary name and is renamed only when complete, so a half-written file never has a row.
 */
export async function saveMediaStream(input: {
  source: Readable;
  mediaDir: string;
  companyId: number;
  declaredMime: string | null;
  expectedSha256: Buffer | null;
  maxBytes: number;
}): Promise<StoredMedia> {
  const base = newMediaPath(input.companyId);
  const partial = join(input.mediaDir, `${base}.part`);
  await mkdir(dirname(partial), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > input.maxBytes) return done(new MediaRejected('too_large'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(input.source, meter, createWriteStream(partial, { flags: 'wx', mode: 0o640 }));
    if (input.expectedSha256?.length && !hash.digest().equals(input.expectedSha256)) throw new MediaRejected('corrupt');
    const { mimeType, extension } = await resolveFileType(partial, input.declaredMime);
    const mediaPath = `${base}${extension}`;
    await rename(partial, join(input.mediaDir, mediaPath));
    return { mediaPath, mimeType, size };
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
