/**
 * Chromium records voice only as WebM/Opus, while WhatsApp voice notes (and the backend's upload check) are
 * Ogg/Opus. The audio packets are the same; only the container differs, so they are moved from one to the
 * other here, without decoding: read the WebM's Opus blocks, write them as Ogg pages.
 */

// EBML ids (with their length marker bits), https://www.matroska.org/technical/elements.html
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const BLOCK_GROUP = 0xa0;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const SIMPLE_BLOCK = 0xa3;
const BLOCK = 0xa1;
const CODEC_PRIVATE = 0x63a2;
const CHANNELS = 0x9f;
const AUDIO = 0xe1;
// Containers whose children we need; everything else is skipped by its size.
const DESCEND = new Set([SEGMENT, CLUSTER, BLOCK_GROUP, TRACKS, TRACK_ENTRY, AUDIO]);

interface Opus {
  head: Uint8Array | null;
  channels: number;
  packets: Uint8Array[];
}

function readVint(bytes: Uint8Array, pos: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = bytes[pos]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length += 1;
  if (length > 8) throw new Error('Invalid EBML length');
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    value = value * 256 + bytes[pos + i]!;
    if (bytes[pos + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function readWebm(bytes: Uint8Array): Opus {
  const out: Opus = { head: null, channels: 1, packets: [] };
  let pos = 0;
  while (pos < bytes.length) {
    const id = readVint(bytes, pos, true);
    const size = readVint(bytes, pos + id.length, false);
    const start = pos + id.length + size.length;
    // Live recordings leave the segment and cluster sizes unknown: their children simply follow.
    if (DESCEND.has(id.value) || size.unknown) {
      pos = start;
      continue;
    }
    const end = Math.min(start + size.value, bytes.length);
    if (id.value === CODEC_PRIVATE) out.head = bytes.slice(start, end);
    else if (id.value === CHANNELS) out.channels = bytes[start] ?? 1;
    else if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = readVint(bytes, start, false);
      const flags = bytes[start + track.length + 2]!;
      if (flags & 0x06) throw new Error('Laced WebM blocks are not supported');
      out.packets.push(bytes.slice(start + track.length + 3, end));
    }
    pos = end;
  }
  return out;
}

/** Samples (at 48 kHz) in one Opus packet, from its TOC byte (RFC 6716 §3.1). */
function packetSamples(packet: Uint8Array): number {
  const toc = packet[0] ?? 0;
  const config = toc >> 3;
  const frameMs = config < 12 ? [10, 20, 40, 60][config % 4]! : config < 16 ? [10, 20][config % 2]! : [2.5, 5, 10, 20][config % 4]!;
  const code = toc & 3;
  const frames = code === 0 ? 1 : code === 3 ? (packet[1] ?? 0) & 0x3f : 2;
  return frameMs * 48 * frames;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i += 1) {
    let r = i << 24;
    for (let j = 0; j < 8; j += 1) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

function crc(bytes: Uint8Array): number {
  let c = 0;
  for (const b of bytes) c = ((c << 8) ^ CRC_TABLE[((c >>> 24) ^ b) & 0xff]!) >>> 0;
  return c;
}

function oggPage(packets: Uint8Array[], granule: number, serial: number, sequence: number, flags: number): Uint8Array {
  const lacing: number[] = [];
  for (const p of packets) {
    for (let left = p.length; ; left -= 255) {
      lacing.push(Math.min(left, 255));
      if (left < 255) break;
    }
  }
  const bodyLength = packets.reduce((n, p) => n + p.length, 0);
  const page = new Uint8Array(27 + lacing.length + bodyLength);
  const view = new DataView(page.buffer);
  page.set([0x4f, 0x67, 0x67, 0x53]); // "OggS"
  page[5] = flags;
  view.setUint32(6, granule % 2 ** 32, true);
  view.setUint32(10, Math.floor(granule / 2 ** 32), true);
  view.setUint32(14, serial, true);
  view.setUint32(18, sequence, true);
  page[26] = lacing.length;
  page.set(lacing, 27);
  let at = 27 + lacing.length;
  for (const p of packets) {
    page.set(p, at);
    at += p.length;
  }
  view.setUint32(22, crc(page), true);
  return page;
}

function opusHead(channels: number): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(new TextEncoder().encode('OpusHead'));
  head[8] = 1;
  head[9] = channels;
  view.setUint16(10, 312, true); // the usual encoder delay
  view.setUint32(12, 48000, true);
  return head;
}

function opusTags(): Uint8Array {
  const vendor = new TextEncoder().encode('Atende');
  const tags = new Uint8Array(8 + 4 + vendor.length + 4);
  const view = new DataView(tags.buffer);
  tags.set(new TextEncoder().encode('OpusTags'));
  view.setUint32(8, vendor.length, true);
  tags.set(vendor, 12);
  return tags; // zero user comments
}

/** The Ogg/Opus file holding the same audio as a WebM/Opus recording. */
export function webmToOgg(webm: Uint8Array): Uint8Array {
  const opus = readWebm(webm);
  if (opus.packets.length === 0) throw new Error('No Opus audio in the recording');
  const head = opus.head && new TextDecoder().decode(opus.head.slice(0, 8)) === 'OpusHead' ? opus.head : opusHead(opus.channels);
  const preSkip = new DataView(head.buffer, head.byteOffset).getUint16(10, true);
  const serial = (Math.random() * 2 ** 32) >>> 0;
  const pages = [oggPage([head], 0, serial, 0, 0x02), oggPage([opusTags()], 0, serial, 1, 0)];
  let granule = preSkip;
  let batch: Uint8Array[] = [];
  let segments = 0;
  const flush = (last: boolean) => {
    pages.push(oggPage(batch, granule, serial, pages.length, last ? 0x04 : 0));
    batch = [];
    segments = 0;
  };
  opus.packets.forEach((packet, index) => {
    const needed = Math.floor(packet.length / 255) + 1;
    // About a second of audio per page (50 packets of 20 ms), never past Ogg's 255 segments.
    if (batch.length > 0 && (segments + needed > 255 || batch.length >= 50)) flush(false);
    batch.push(packet);
    segments += needed;
    granule += packetSamples(packet);
    if (index === opus.packets.length - 1) flush(true);
  });
  const total = pages.reduce((n, p) => n + p.length, 0);
  const ogg = new Uint8Array(total);
  let at = 0;
  for (const p of pages) {
    ogg.set(p, at);
    at += p.length;
  }
  return ogg;
}
