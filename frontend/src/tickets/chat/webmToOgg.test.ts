import { webmToOgg } from './webmToOgg';

// A WebM as Chromium's MediaRecorder writes it: EBML header, a segment and a cluster of unknown size
// (live recording), the Opus track's OpusHead as CodecPrivate, then one SimpleBlock per packet.
const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const size = (n: number) => (n < 0x7f ? [0x80 | n] : [0x40 | (n >> 8), n & 0xff]);
const element = (id: number[], payload: number[]) => [...id, ...size(payload.length), ...payload];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function opusHead(preSkip: number): number[] {
  return [...ascii('OpusHead'), 1, 1, preSkip & 0xff, preSkip >> 8, 0x80, 0xbb, 0, 0, 0, 0, 0];
}

function webm(packets: number[][]): Uint8Array {
  const track = element([0xae], [...element([0xd7], [1]), ...element([0x63, 0xa2], opusHead(312)), ...element([0xe1], element([0x9f], [1]))]);
  const blocks = packets.flatMap((p, i) => element([0xa3], [0x81, 0, i * 20, 0x80, ...p]));
  return new Uint8Array([
    ...element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], ascii('webm'))),
    ...[0x18, 0x53, 0x80, 0x67, ...UNKNOWN],
    ...element([0x16, 0x54, 0xae, 0x6b], track),
    ...[0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN],
    ...element([0xe7], [0]),
    ...blocks,
  ]);
}

interface Page {
  flags: number;
  granule: number;
  sequence: number;
  packets: number[][];
}

function readOgg(bytes: Uint8Array): Page[] {
  const pages: Page[] = [];
  let at = 0;
  while (at < bytes.length) {
    expect(String.fromCharCode(...bytes.slice(at, at + 4))).toBe('OggS');
    const view = new DataView(bytes.buffer, bytes.byteOffset + at);
    const count = bytes[at + 26]!;
    const lacing = [...bytes.slice(at + 27, at + 27 + count)];
    let body = at + 27 + count;
    const packets: number[][] = [];
    let current: number[] = [];
    for (const l of lacing) {
      current.push(...bytes.slice(body, body + l));
      body += l;
      if (l < 255) {
        packets.push(current);
        current = [];
      }
    }
    pages.push({ flags: bytes[at + 5]!, granule: view.getUint32(6, true), sequence: view.getUint32(18, true), packets });
    at = body;
  }
  return pages;
}

describe('webmToOgg', () => {
  // TOC 0xfc: CELT, 20 ms, one frame = 960 samples at 48 kHz. The big one needs two lacing values.
  const packets = [
    [0xfc, 1, 2, 3],
    [0xfc, ...new Array<number>(299).fill(7)],
    [0xfc, 9],
  ];

  it('moves every Opus packet into Ogg pages after OpusHead and OpusTags', () => {
    const pages = readOgg(webmToOgg(webm(packets)));
    expect(pages.map((p) => p.sequence)).toEqual([0, 1, 2]);
    expect(String.fromCharCode(...pages[0]!.packets[0]!.slice(0, 8))).toBe('OpusHead');
    expect(pages[0]!.flags).toBe(0x02); // beginning of stream
    expect(String.fromCharCode(...pages[1]!.packets[0]!.slice(0, 8))).toBe('OpusTags');
    expect(pages[2]!.packets).toEqual(packets);
    expect(pages[2]!.flags).toBe(0x04); // end of stream
    // Pre-skip plus three 20 ms packets.
    expect(pages[2]!.granule).toBe(312 + 3 * 960);
  });

  it('splits long recordings over several pages with growing positions', () => {
    const many = Array.from({ length: 120 }, () => [0xfc, 0]);
    const pages = readOgg(webmToOgg(webm(many)));
    const audio = pages.slice(2);
    expect(audio.length).toBeGreaterThan(1);
    expect(audio.flatMap((p) => p.packets)).toHaveLength(120);
    expect(audio.at(-1)!.granule).toBe(312 + 120 * 960);
    expect(audio.map((p) => p.granule)).toEqual([...audio.map((p) => p.granule)].sort((a, b) => a - b));
    expect(audio.filter((p) => p.flags & 0x04)).toHaveLength(1);
  });

  it('refuses a recording without audio', () => {
    expect(() => webmToOgg(webm([]))).toThrow('No Opus audio');
  });
});
