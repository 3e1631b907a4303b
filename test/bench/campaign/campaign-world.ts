import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { startBenchApi } from '../support/bench-api';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import { share } from '../support/bench-args';
import { signIn } from '../support/campaign-fixtures';
import { CleanUps } from '../support/clean-ups';
import { Sink } from '../support/sink-client';
import { startWorkerProcess, stopWorkerProcess } from '../support/worker-process';
import { FROM, PUBLIC_URL } from './campaign-bare';
import type { CampaignBenchOptions } from './campaign-options';

/** The role of this process in cpuByRole: the bench and the api (import, fan-out, HTTP). */
export const API_ROLE = 'bench+api process';

/**
 * Private PostgreSQL and Redis, the sink, the api in this process (it imports and fans out),
 * K worker processes that send the mail, an organiser signed in and a fair to invite to.
 * Everything it starts is stopped by `cleanUps`.
 */
export async function startCampaignWorld(o: CampaignBenchOptions, cleanUps: CleanUps) {
  const services = await startTestServices(process.cwd());
  cleanUps.add(() => services.stop());
  const database = await cloneTemplate(services.adminUrl, `hoicho_bench_campaign_${process.pid}`);
  cleanUps.add(() => database.drop());
  const sink = await Sink.start();
  cleanUps.add(() => sink.stop());
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    REDIS_URL: services.redisUrl,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    APP_SECRET: randomBytes(32).toString('base64url'),
    QUEUE_PREFIX: `benchc${randomBytes(3).toString('hex')}`,
    MAIL_FROM: FROM,
    PUBLIC_URL,
    MAIL_CONCURRENCY: String(o.concurrency),
    SMTP_POOL_SIZE: String(o.pool),
    // With worker processes they send the mail, and the api (otherwise idle) imports and fans
    // out: a fan-out never waits behind a busy mail worker's event loop.
    RUN_WORKERS: 'true',
    WORKER_QUEUES:
      o.workers === 0 && !o.enqueueOnly ? 'mail,campaigns,imports' : 'campaigns,imports',
    SEED_DEMO: 'false',
  };
  const app = await startBenchApi(env);
  cleanUps.add(() => app.close());
  const http = app.getHttpServer() as App;
  const names = new Map<number, string>([
    [process.pid, API_ROLE],
    [sink.child.pid!, 'smtp sink'],
  ]);
  let workerPid: number | undefined;
  for (let k = 0; k < o.workers; k++) {
    // Each its share of the pool and of the messages in flight, as the bare loop's processes.
    const worker = await startWorkerProcess({
      ...env,
      WORKER_QUEUES: 'mail',
      MAIL_CONCURRENCY: String(share(o.concurrency, o.workers, k)),
      SMTP_POOL_SIZE: String(share(o.pool, o.workers, k)),
    });
    names.set(worker.pid!, `worker process ${k + 1}`);
    workerPid = worker.pid!;
    cleanUps.add(() => stopWorkerProcess(worker));
  }
  const dataSource = app.get(DataSource);
  const [{ id: bodyId }] = await dataSource.query(
    `INSERT INTO organising_bodies (code, name_vi, name_en, email)
     VALUES ('so-cong-thuong-bench', 'Sở Công Thương Hà Nội', 'Hanoi Department of Industry and Trade', 'sct@bench.example')
     RETURNING id`,
  );
  const auth = { Authorization: `Bearer ${await signIn(app, http, bodyId)}` };
  const fair = await request(http)
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`)
    .set(auth)
    .send({
      nameVi: 'Hội chợ Làng nghề Hà Nội 2027',
      nameEn: 'Hanoi Craft Village Fair 2027',
      venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
      venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
      days: [
        { date: '2027-10-10', opens: '08:00', closes: '21:00' },
        { date: '2027-10-11', opens: '08:00', closes: '21:00' },
        { date: '2027-10-12', opens: '08:00', closes: '17:00' },
      ],
      applicationsOpenAt: '2027-08-01T08:00',
      applicationsCloseAt: '2027-09-15T17:00',
    })
    .expect(201);
  const urls = { database: database.url, redis: services.redisUrl };
  return {
    app,
    http,
    dataSource,
    sink,
    names,
    workerPid,
    auth,
    bodyId,
    fairId: fair.body.id,
    urls,
  };
}

export type CampaignWorld = Awaited<ReturnType<typeof startCampaignWorld>>;
