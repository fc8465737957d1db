import { logger } from './logger.js';

// Our own code logs through `logger`; only libraries write to `console`, and what they write is not ours to
// trust. libsignal (under Baileys) prints whole Signal session records — private keys, root and chain keys —
// with console.info/warn when a contact's session is replaced. So every console method keeps only its first
// argument when it is a string (the library's own fixed text, cut short) and hands it to the logger at debug
// level; objects, buffers and errors passed alongside are dropped unread.
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
const MAX_TEXT = 200;

let routed = false;

/** Installs the routing once per process, at boot (server.ts), before any library can print. */
export function routeConsoleToLogger(): void {
  if (routed) return;
  routed = true;
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      const [first] = args;
      if (typeof first === 'string' && first.trim()) logger.debug(`console.${method}: ${first.slice(0, MAX_TEXT)}`, { source: 'library' });
    };
  }
}
