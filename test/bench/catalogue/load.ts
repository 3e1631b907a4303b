/**
 * The load generator, in its own process so it does not share the api's event loop: the
 * parent sends { url, paths, connections, seconds, warmupSeconds, rate? } over IPC and gets
 * back autocannon's numbers. Each connection walks the list of paths from its own offset.
 * With `rate`, autocannon sends that many requests per second in all (open loop) and corrects
 * latencies for coordinated omission; without, every connection sends as soon as it has an
 * answer (closed loop).
 */
import autocannon from 'autocannon';

interface Job {
  label: string;
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rate?: number;
}

export interface LoadResult {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function run(job: Job, seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: seconds,
        pipelining: 1,
        timeout: 10,
        ...(job.rate ? { overallRate: job.rate } : {}),
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              request.path = job.paths[next++ % job.paths.length];
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

process.on('message', async (job: Job) => {
  try {
    if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
    const result = await run(job, job.seconds);
    const answer: LoadResult = {
      label: job.label,
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    };
    process.send!({ type: 'result', result: answer });
  } catch (error) {
    process.send!({ type: 'error', message: (error as Error).message });
  }
});
process.send!({ type: 'ready' });
