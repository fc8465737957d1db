// libsignal reports session housekeeping ("Closing session", "Closing open session in favor of incoming prekey
// bundle") through console.log/info; in tests that is noise, not signal.
const noisy = /^(Closing (open )?session|Removing old closed session|Session already closed|Decrypted message with closed session)/
for (const level of ['log', 'info', 'warn'] as const) {
  const original = console[level].bind(console)
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && noisy.test(args[0])) return
    original(...args)
  }
}
