// Control characters, and the ones a Windows file name cannot hold.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f<>:"|?*]/g;

/** A display name safe to store and echo: no path, no control characters, bounded. */
export function safeFileName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_IN_NAME, '').trim().slice(0, 200);
  return clean || 'arquivo';
}
