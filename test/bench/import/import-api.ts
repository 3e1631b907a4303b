import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { App } from 'supertest/types';
import { UsersService } from '@hoicho/accounts';
import { Role, TransactionRunner } from '@hoicho/platform';
import { STORED } from '../../e2e/invitations/support/planted-visitor-list';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An admin driving imports through the api, as an organiser's screen would. */
export class ImportApi {
  private constructor(
    private readonly http: App,
    private readonly auth: { Authorization: string },
  ) {}

  static async signIn(app: INestApplication): Promise<ImportApi> {
    const http = app.getHttpServer() as App;
    const email = 'admin@bench.example';
    const password = 'correct horse battery';
    await app.get(TransactionRunner).run(({ manager }) =>
      app.get(UsersService).create(manager, {
        email,
        password,
        fullName: 'Người Đo',
        role: Role.Admin,
        locale: 'vi',
        emailVerified: true,
      }),
    );
    const login = await request(http)
      .post('/api/v1/auth/login')
      .send({ email, password })
      .expect(200);
    return new ImportApi(http, { Authorization: `Bearer ${login.body.token}` });
  }

  /** A new organising body whose list holds the visitor the planted list repeats. */
  async newBody(code: string): Promise<string> {
    const body = await request(this.http)
      .post('/api/v1/organising-bodies')
      .set(this.auth)
      .send({ code: `bench-${code}`, nameVi: `Sở đo ${code}` })
      .expect(201);
    await request(this.http)
      .post(`/api/v1/organising-bodies/${body.body.id}/visitors`)
      .set(this.auth)
      .send(STORED)
      .expect(201);
    return body.body.id;
  }

  /** Uploads and starts the import, polls it until it ends; answers its counts. */
  async importList(bodyId: string, file: Buffer): Promise<Record<string, number>> {
    const upload = await request(this.http)
      .post(`/api/v1/organising-bodies/${bodyId}/visitor-imports?start=true&filename=khach.csv`)
      .set(this.auth)
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(201);
    for (;;) {
      const view = await request(this.http)
        .get(`/api/v1/visitor-imports/${upload.body.id}`)
        .set(this.auth)
        .expect(200);
      if (view.body.status === 'failed') throw new Error(`the import failed: ${view.body.failure}`);
      if (view.body.status === 'completed') return view.body.counts;
      await sleep(100);
    }
  }
}
