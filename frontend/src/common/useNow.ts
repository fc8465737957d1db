import { useEffect, useState } from 'react';

/** The current time, re-read every `everyMs` while `active` (a countdown on screen); frozen otherwise. */
export function useNow(everyMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    // The clock is the outside system this hook follows: a countdown starting shows the time of now, not of
    // when it last ran (one render more, on purpose).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the clock is the synchronisation
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, active]);
  return now;
}
