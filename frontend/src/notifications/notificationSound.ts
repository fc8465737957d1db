// A short two-note chime made on the spot with the Web Audio API: no audio file to ship or cache.
let context: AudioContext | null = null;

/** Browsers refuse to start audio before the person has interacted with the page; we do not even try. */
function mayPlay(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return typeof AudioContext !== 'undefined' && (activation === undefined || activation.hasBeenActive);
}

export function playNotificationSound(): void {
  if (!mayPlay()) return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime + 0.01;
    [880, 1318.5].forEach((frequency, index) => {
      const ctx = context as AudioContext;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      const at = start + index * 0.13;
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(frequency, at);
      // Quick attack, soft exponential release: a "ding", not a beep.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.22);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.25);
    });
  } catch {
    // No audio device or a refused context: the visual signals still work.
  }
}
