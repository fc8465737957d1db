// CPU time spent by this process and by given other processes (PostgreSQL backends, redis-server) over a
// stretch of work. On a shared or busy machine wall-clock throughput moves with the neighbours' load;
// CPU milliseconds per message do not, so the reports print both.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/** utime + stime of a process in ms, from /proc (undefined once it is gone). */
export function processCpuMs(pid: number): number | undefined {
  try {
    // The command name (field 2) may contain spaces: split after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** Virtual memory resident set size of a process, in MB (VmRSS from /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) / 1024;
}

export interface CpuSpent {
  /** This process: the backend code, plus the benchmark driver and its socket.io client. */
  selfMs: number;
  /** The other processes listed at start and at stop (a process that appeared meanwhile counts from 0). */
  othersMs: number;
}

export async function cpuMeter(otherPids: () => Promise<number[]>): Promise<{ stop(): Promise<CpuSpent> }> {
  const self0 = process.cpuUsage();
  const before = new Map<number, number>();
  for (const pid of await otherPids()) before.set(pid, processCpuMs(pid) ?? 0);
  return {
    async stop() {
      const self = process.cpuUsage(self0);
      let othersMs = 0;
      const pids = new Set([...before.keys(), ...(await otherPids())]);
      for (const pid of pids) {
        const now = processCpuMs(pid);
        if (now !== undefined) othersMs += now - (before.get(pid) ?? 0);
      }
      return { selfMs: (self.user + self.system) / 1000, othersMs };
    },
  };
}
