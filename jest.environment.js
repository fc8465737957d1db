// The test environment of the backend and simulator suites: jest's node environment, plus a check that a test file
// leaves nothing running. Whatever a file starts — a timer, a socket, a server, a child process — must be stopped
// by the file itself: left running, it keeps the jest worker alive after the file ended (jest then kills the worker
// with "A worker process has failed to exit gracefully"), and in the product the same code would leak too.
//
// At teardown the worker's active resources (process.getActiveResourcesInfo(): what keeps the event loop alive) are
// compared with what it held before the file began; closing sockets get a few seconds to finish closing. A file
// that still holds more fails, with the kinds of resource it left and, for timers, the stacks that armed them.
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';

const SETTLE_MS = 5_000;
const POLL_MS = 20;

// Timers of Baileys 7.0.0-rc14 that it leaves armed, each harmless in the running app (it fires once, late, on a
// socket long closed) but able to hold a test worker up to a minute: the pre-key upload's 30 s race
// (uploadPreKeys in Socket/socket), and the timeouts it races queries and awaited updates against
// (promiseTimeout → delayCancellable in Utils/generics: 60 s for a query, the connect timeout for an update), which
// stay armed when the socket closes before the answer. Only these are unref'd: they still fire while the process
// lives, they just no longer hold it open. Anything else left behind, ours included, still counts.
const BAILEYS_TIMERS = [
  { ms: 30_000, site: /[\\/]@whiskeysockets[\\/]baileys[\\/](lib|src)[\\/]Socket[\\/]socket\.[jt]s:/ },
  { ms: undefined, site: /[\\/]@whiskeysockets[\\/]baileys[\\/](lib|src)[\\/]Utils[\\/]generics\.[jt]s:[\s\S]*\bdelayCancellable\b/ },
];

const countByKind = (kinds) => kinds.reduce((counts, kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1), new Map());

export default class LeakGuardEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.timers = new Map(); // live timers armed from this file's scope → the stack that armed them
    this.watchTimers();
  }

  watchTimers() {
    const g = this.global;
    const live = this.timers;
    const { setTimeout: set, setInterval: every, clearTimeout: clear, clearInterval: clearEvery } = g;
    const armed = (arm, once) =>
      function (handler, ms, ...args) {
        const stack = new Error().stack ?? '';
        const timer = arm(
          typeof handler === 'function' && once
            ? (...a) => {
                live.delete(timer);
                handler(...a);
              }
            : handler,
          ms,
          ...args,
        );
        if (BAILEYS_TIMERS.some((known) => (known.ms === undefined || known.ms === ms) && known.site.test(stack))) timer.unref();
        else live.set(timer, `${ms} ms timer${stack.slice(stack.indexOf('\n'))}`);
        return timer;
      };
    const cleared = (disarm) => (timer) => {
      if (timer && typeof timer === 'object') live.delete(timer);
      disarm(timer);
    };
    g.setTimeout = Object.assign(armed(set, true), set);
    g.setInterval = Object.assign(armed(every, false), every);
    g.clearTimeout = cleared(clear);
    g.clearInterval = cleared(clearEvery);
  }

  async setup() {
    await super.setup();
    this.before = countByKind(process.getActiveResourcesInfo());
  }

  async teardown() {
    const left = await this.leftRunning();
    await super.teardown();
    if (left.length > 0) {
      const timers = [...this.timers].filter(([timer]) => timer.hasRef()).map(([, stack]) => stack.split('\n').slice(0, 9).join('\n'));
      throw new Error(
        `${this.testPath} left running after its last test: ${left.join(', ')}.\n` +
          'Stop what the file starts (afterAll / afterEach).' +
          (timers.length > 0 ? `\nTimers still armed, armed at:\n${timers.join('\n--\n')}` : ''),
      );
    }
  }

  /** The kinds of resource held beyond what the worker held before the file, once closings have had time. */
  async leftRunning() {
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      const now = countByKind(process.getActiveResourcesInfo());
      const left = [...now].filter(([kind, n]) => n > (this.before.get(kind) ?? 0)).map(([kind, n]) => `${n - (this.before.get(kind) ?? 0)} × ${kind}`);
      if (left.length === 0 || Date.now() > deadline) return left;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS).unref());
    }
  }
}
