import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers a process's CPU priority (this one's by default) to `nice` (0–19) and returns the
 * value it now runs at. On Linux a nice value belongs to each thread, and Node starts its V8
 * and libuv helpers before any of our code runs, so every thread listed in /proc/<pid>/task is
 * lowered; threads started later inherit the value. Never raises a priority (an unprivileged
 * process may not, and whoever started it nicer meant it).
 */
export function lowerCpuPriority(nice: number, pid = process.pid): number {
  for (const thread of threadIds(pid)) {
    try {
      if (getPriority(thread) < nice) setPriority(thread, nice);
    } catch {
      // The thread ended between the listing and the call.
    }
  }
  return getPriority(pid);
}

function threadIds(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [pid]; // no procfs: the call applies to the whole process
  }
}
