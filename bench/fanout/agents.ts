// The agents' side of the fan-out benchmark, in a process of its own so that receiving does not steal the
// server's CPU: one socket.io client per agent, as the web app connects. For every `appMessage` it notes how
// long after the server was asked to send it the event arrived, and whether this agent needed it (its queue)
// or had to drop it, as a Whaticket-style client filters a company-wide broadcast.
import { io as connect, type Socket } from 'socket.io-client';

interface Agent {
  token: string;
  queueId: number;
}
type Command = { kind: 'connect'; url: string; agents: Agent[] } | { kind: 'collect' } | { kind: 'close' };

const sockets: Socket[] = [];
let latencies: number[] = [];
let dropped = 0;

function connectAgent(url: string, agent: Agent): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(url, { path: '/socket.io', transports: ['websocket'], auth: { token: agent.token }, reconnection: false, forceNew: true });
    socket.on('appMessage', (event: { message?: { body?: string }; ticket?: { queueId?: number | null } }) => {
      const arrived = performance.timeOrigin + performance.now();
      const sentAt = Number(event.message?.body?.split(':')[1]);
      if (event.ticket?.queueId !== agent.queueId) dropped += 1;
      else if (Number.isFinite(sentAt)) latencies.push(arrived - sentAt);
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

process.on('message', (command: Command) => {
  void (async () => {
    if (command.kind === 'connect') {
      // A few at a time: the server authenticates each handshake against the database.
      for (let i = 0; i < command.agents.length; i += 20) {
        sockets.push(...(await Promise.all(command.agents.slice(i, i + 20).map((a) => connectAgent(command.url, a)))));
      }
      process.send?.({ kind: 'connected', count: sockets.length });
    } else if (command.kind === 'collect') {
      process.send?.({ kind: 'collected', latencies, dropped });
      latencies = [];
      dropped = 0;
    } else {
      sockets.forEach((s) => s.close());
      process.exit(0);
    }
  })().catch((err: unknown) => {
    console.error('agents:', err);
    process.exit(1);
  });
});
