import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the CPU goes: user+system seconds of this process and its descendants, summed by role
 * (`roles` names some pids; PostgreSQL and Redis processes are recognised by name). A process
 * that ended counts in its parent's (cutime, cstime): PostgreSQL's backends come and go with
 * their connections, and without this their work vanished from the sum.
 */
export function cpuByRole(roles: Map<number, string>): Map<string, number> {
  const procs: { pid: number; ppid: number; comm: string; cpu: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      procs.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, close),
        cpu:
          (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const totals = new Map<string, number>();
  const visit = (pid: number) => {
    const p = byPid.get(pid);
    if (!p) return;
    const role =
      roles.get(pid) ??
      (p.comm.startsWith('postgres') ? 'postgres' : p.comm.startsWith('redis') ? 'redis' : p.comm);
    totals.set(role, (totals.get(role) ?? 0) + p.cpu);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(process.pid);
  return totals;
}

export function cpuSince(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)] as const)
    .filter(([, seconds]) => seconds >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');
}

/** CPU seconds per role between two readings of cpuByRole. */
export function cpuDelta(before: Map<string, number>, after: Map<string, number>) {
  return new Map([...after].map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)]));
}
