/**
 * A Content-Disposition header for a name chosen by a WhatsApp sender: an ASCII fallback with anything
 * risky replaced (quotes, backslashes, control and non-ASCII characters), plus the exact name in the RFC
 * 5987 `filename*` form that browsers prefer.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const name = fileName.replace(/[\\/\u0000-\u001f\u007f]/g, '_').slice(0, 200) || 'file';
  const fallback = name.replace(/[^\x20-\x7e]|["%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
