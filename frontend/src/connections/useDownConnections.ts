import { useEffect, useState } from 'react';
import type { Connection, ConnectionStatus } from './connectionsApi';

/** A reconnect (OPENING) usually takes a few seconds: only one that lasts longer is worth a warning. */
export const DOWN_GRACE_MS = 10_000;

/** Statuses that wait for a person (scan the QR, restart the session): no point in waiting to say so. */
const NEEDS_SOMEONE: ReadonlySet<ConnectionStatus> = new Set(['DISCONNECTED', 'TIMEOUT', 'qrcode']);

/**
 * The connections among `connections` that are down: not CONNECTED, and either waiting for someone or not
 * connected for `graceMs` already (counted from when this screen first saw it so), so a short OPENING blip
 * never flashes a banner. Any other status, including ones this screen does not know, gets the grace too.
 */
export function useDownConnections(connections: readonly Connection[], graceMs = DOWN_GRACE_MS): Connection[] {
  const [downSince, setDownSince] = useState<ReadonlyMap<number, number>>(() => new Map());
  const [now, setNow] = useState(() => Date.now());

  // When a connection went down is a time (an effect's to read), kept across the lists the server sends.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- stamps the clock, which a render must not read
    setDownSince((previous) => {
      const next = new Map<number, number>();
      for (const c of connections) if (c.status !== 'CONNECTED') next.set(c.id, previous.get(c.id) ?? Date.now());
      const same = next.size === previous.size && [...next].every(([id, at]) => previous.get(id) === at);
      return same ? previous : next;
    });
  }, [connections]);

  // Wakes up when the earliest grace still running ends.
  useEffect(() => {
    const ends = [...downSince.values()].map((at) => at + graceMs).filter((end) => end > now);
    if (ends.length === 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(...ends) - Date.now());
    return () => clearTimeout(timer);
  }, [downSince, now, graceMs]);

  return connections.filter((c) => {
    if (c.status === 'CONNECTED') return false;
    if (NEEDS_SOMEONE.has(c.status)) return true;
    const since = downSince.get(c.id);
    return since !== undefined && now - since >= graceMs;
  });
}
