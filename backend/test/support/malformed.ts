// Requests a broken or hostile client sends: shared by the malformed-request tests and the robustness walk.

export interface RawRequest {
  /** What the case is, for the failure report. */
  label: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const BOUNDARY = '----atende-fuzz-boundary';
const multipart = (parts: string) => Buffer.from(parts.replace(/\n/g, '\r\n'), 'latin1');

/** Multipart bodies busboy cannot read: no boundary, cut short, a file name broken over two header lines… */
export const MALFORMED_MULTIPART: RawRequest[] = [
  { label: 'multipart without a boundary', headers: { 'content-type': 'multipart/form-data' }, body: 'x' },
  {
    label: 'multipart cut short',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(`--${BOUNDARY}\nContent-Disposition: form-data; name="file"; filename="a.txt"\nContent-Type: text/plain\n\nhalf a fi`),
  },
  {
    label: 'multipart with CR/LF inside the file name',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(`--${BOUNDARY}\nContent-Disposition: form-data; name="file"; filename="a\r\n.txt"\nContent-Type: text/plain\n\nhello\n--${BOUNDARY}--\n`),
  },
  {
    label: 'multipart with an escaped CR/LF in the file name',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(`--${BOUNDARY}\nContent-Disposition: form-data; name="file"; filename="a%0D%0A.txt"\nContent-Type: text/plain\n\nhello\n--${BOUNDARY}--\n`),
  },
  {
    label: 'multipart with a header line without a colon',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(`--${BOUNDARY}\nnot a header\n\nhello\n--${BOUNDARY}--\n`),
  },
  {
    label: 'multipart with a NUL in the field name',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(`--${BOUNDARY}\nContent-Disposition: form-data; name="bo\u0000dy"\n\nhello\n--${BOUNDARY}--\n`),
  },
];

/** Bodies that say they are compressed, or in a charset, and are not. */
export const BAD_BODY_ENCODINGS: RawRequest[] = [
  { label: 'gzip that is not gzip', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: '{"body":"oi"}' },
  // Fixed bytes, not random ones: about one random 64-byte body in 27 is a valid brotli stream (often of
  // nothing, which then reads as an empty JSON object and fails validation instead).
  { label: 'deflate that is not deflate', headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: 'not deflate at all' },
  { label: 'brotli that is not brotli', headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: '{"body":"oi"}' },
  { label: 'an unknown content encoding', headers: { 'content-type': 'application/json', 'content-encoding': 'x-zip' }, body: '{}' },
  { label: 'an unknown charset', headers: { 'content-type': 'application/json; charset=utf-7' }, body: '{}' },
  {
    label: 'bytes that are not UTF-8',
    headers: { 'content-type': 'application/json' },
    body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
  },
  { label: 'a CSV body with NUL bytes', headers: { 'content-type': 'text/csv' }, body: 'nome,numero\n\u0000,\u0000\n' },
  { label: 'a form body with a bad escape', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=%E0%A4%A&b=%00' },
];

/** JSON bodies that parse but are not what any route takes, and JSON that does not parse. */
export const BAD_JSON_BODIES: RawRequest[] = [
  { label: 'JSON cut short', headers: { 'content-type': 'application/json' }, body: '{"body": "oi",' },
  ...['[]', '"text"', '42', 'null', 'true', '{"__proto__":{"super":true}}', '{"constructor":{"prototype":{"super":true}}}'].map((body) => ({
    label: `JSON ${body}`,
    headers: { 'content-type': 'application/json' },
    body,
  })),
  { label: 'JSON with a NUL', headers: { 'content-type': 'application/json' }, body: '{"body":"a\\u0000b","name":"\\u0000"}' },
  { label: 'JSON with a lone surrogate', headers: { 'content-type': 'application/json' }, body: '{"body":"\\ud800","name":"\\udfff"}' },
  { label: 'JSON nested deep', headers: { 'content-type': 'application/json' }, body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  // Over the default BODY_LIMIT (1mb) and any smaller one a test sets.
  { label: 'JSON over the body limit', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x'.repeat(1_100_000) }) },
];

/** Values put in place of a path parameter: bad percent-encoding, out of range, not a number, a NUL… */
export const GARBAGE_PARAMS = ['%E0%A4%A', '%', '-1', '0', '99999999999999999999', 'abc', '1.5', '1e3', '%00', '%2F..%2F', ' 1', 'x'.repeat(2000)];

/** Values put in place of one field of an otherwise plausible body. */
export const WEIRD_VALUES: unknown[] = [
  '\u0000',
  'a\u0000b',
  'x'.repeat(200_000),
  '%E0%A4%A',
  '\ud800',
  '',
  -1,
  0,
  1.5,
  1e21,
  '99999999999999999999',
  [],
  [null],
  {},
  { $gt: '' },
  null,
  true,
];
