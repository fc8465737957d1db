// Loaded before every backend test file (jest setupFiles), in the file's own global scope.
//
// Baileys 7.0.0-rc14 races each pre-key upload — after every login — against a 30 s timeout that it never clears
// (uploadPreKeys in lib/Socket/socket.js). In the running app that timer fires once, harmlessly; in a test file it
// keeps the jest worker alive up to 30 s after the file ended, and jest kills it with "A worker process has failed
// to exit gracefully". That timer alone is unref'd here: it still fires while the process lives, it just no longer
// holds the process open. Any other timer left behind (ours included) still holds the worker and still shows up.
const UPLOAD_TIMEOUT_MS = 30_000;
const BAILEYS_SOCKET = /[\\/]@whiskeysockets[\\/]baileys[\\/](lib|src)[\\/]Socket[\\/]socket\.[jt]s:/; // the stack may be source-mapped

const setTimeoutOf = globalThis.setTimeout;
const unrefBaileysUploadTimeout = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutOf(handler, ms, ...args);
  if (ms === UPLOAD_TIMEOUT_MS && BAILEYS_SOCKET.test(new Error().stack ?? '')) timer.unref();
  return timer;
};
globalThis.setTimeout = Object.assign(unrefBaileysUploadTimeout, setTimeoutOf) as typeof setTimeout;
