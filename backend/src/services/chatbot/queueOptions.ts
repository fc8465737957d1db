import type { QueueOption } from '../../db/queueOptions.js';

/** "*1* - Segunda via\n*2* - Falar com alguém\n*#* - Voltar" */
export function optionsText(options: readonly QueueOption[], canGoBack: boolean): string {
  const lines = options.map((o, i) => `*${i + 1}* - ${o.title}`);
  if (canGoBack) lines.push('*#* - Voltar');
  return lines.join('\n');
}
