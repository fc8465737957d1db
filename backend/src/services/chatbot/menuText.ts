export interface MenuQueue {
  id: number;
  name: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
}

/** "Olá! …\n\n*1* - Vendas\n*2* - Suporte": the connection's greeting, then one numbered line per queue. */
export function menuText(greeting: string | null, queues: readonly MenuQueue[]): string {
  const options = queues.map((q, i) => `*${i + 1}* - ${q.name}`).join('\n');
  return greeting?.trim() ? `${greeting.trim()}\n\n${options}` : options;
}

/** The queue the customer chose, or undefined for anything that is not one of the numbers offered. */
export function chosenQueue<Q>(answer: string, queues: readonly Q[]): Q | undefined {
  const match = /^\s*\*?(\d{1,2})\*?\s*$/.exec(answer);
  if (!match) return undefined;
  return queues[Number(match[1]) - 1];
}
