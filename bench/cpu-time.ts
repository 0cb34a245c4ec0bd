import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux unless the kernel says otherwise). */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU milliseconds (user + system) a process has used so far, from /proc/PID/stat; its threads included. */
export function cpuMillisecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Measures the CPU each named process spends while `work` runs. */
export async function cpuDuring<Result>(
  pids: Record<string, number>,
  work: () => Promise<Result>,
): Promise<{ result: Result; cpuMilliseconds: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMillisecondsOf(pid)]));
  const result = await work();
  const cpuMilliseconds = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMillisecondsOf(pid) - before[name]!]));
  return { result, cpuMilliseconds };
}
