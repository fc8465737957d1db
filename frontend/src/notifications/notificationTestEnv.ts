// Browser pieces jsdom lacks, recorded so tests can see what the alerts did: system notifications and
// the Web Audio chime. Imported by the notifications tests only.
export class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requested = 0;
  static shown: FakeNotification[] = [];
  static async requestPermission(): Promise<NotificationPermission> {
    FakeNotification.requested += 1;
    FakeNotification.permission = 'granted';
    return 'granted';
  }
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    public title: string,
    public options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

export const chimes: number[] = [];

class FakeAudioContext {
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    return {
      type: 'sine',
      frequency: { setValueAtTime: () => undefined },
      connect: (node: unknown) => node,
      start: (at: number) => chimes.push(at),
      stop: () => undefined,
    };
  }
  createGain() {
    const ramp = () => undefined;
    return { gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp }, connect: (node: unknown) => node };
  }
  resume() {
    return Promise.resolve();
  }
}

Object.assign(window, { Notification: FakeNotification, AudioContext: FakeAudioContext });
Object.assign(globalThis, { AudioContext: FakeAudioContext });

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
export function setTabHidden(hidden: boolean): void {
  visibility = hidden ? 'hidden' : 'visible';
}

export function resetBrowserFakes(): void {
  FakeNotification.permission = 'granted';
  FakeNotification.requested = 0;
  FakeNotification.shown = [];
  chimes.length = 0;
  setTabHidden(false);
}
