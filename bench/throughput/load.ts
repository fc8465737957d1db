// The load side of the list-throughput benchmark, in a process of its own: `connections` keep-alive HTTP
// connections, each sending its next request as soon as the previous answer is read, for `durationMs`.
// Reports completed requests, non-200 answers and each request's latency.
import http from 'node:http';

interface Command {
  url: string;
  token: string;
  connections: number;
  durationMs: number;
}

process.on('message', (command: Command) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: command.connections });
  const latencies: number[] = [];
  let failed = 0;
  const end = performance.now() + command.durationMs;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.get(command.url, { agent, headers: { authorization: `Bearer ${command.token}` } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else failed += 1;
          resolve();
        });
      });
      req.on('error', () => {
        failed += 1;
        resolve();
      });
    });
  const worker = async () => {
    while (performance.now() < end) await one();
  };
  const started = performance.now();
  void Promise.all(Array.from({ length: command.connections }, worker)).then(() => {
    agent.destroy();
    process.send?.({ latencies, failed, seconds: (performance.now() - started) / 1000 });
  });
});
