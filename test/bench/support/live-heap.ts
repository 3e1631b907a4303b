import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The heap still reachable right now: a full collection first, so garbage not yet collected
 * (which V8 lets grow to hundreds of MB before bothering) does not count. Jest gives no `gc`;
 * the flag turned on at run time exposes it to contexts created after, such as this one.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function liveHeapBytes(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
