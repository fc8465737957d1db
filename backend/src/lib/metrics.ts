import client from 'prom-client';

// One registry for the process; the HTTP histogram is labelled by route pattern, never by raw URL
// (ids in URLs would explode the label cardinality).
export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'atende_' });

export const httpDuration = new client.Histogram({
  name: 'atende_http_request_duration_seconds',
  help: 'HTTP request duration by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const socketConnections = new client.Gauge({
  name: 'atende_socket_connections',
  help: 'Socket.io connections open on this process',
  registers: [registry],
});
