import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { App } from 'supertest/types';
import { UsersService } from '@hoicho/accounts';
import { Role, TransactionRunner } from '@hoicho/platform';

/** N visitors as an organiser's export: Vietnamese and English, a few segments. */
export function visitorCsv(n: number): Buffer {
  const segments = ['buyer', 'press', 'vip', 'public'];
  const lines = ['Họ và tên;Email;Tổ chức;Quốc gia;Ngôn ngữ;Phân loại;Nhãn'];
  for (let i = 0; i < n; i++) {
    const en = i % 3 === 0;
    lines.push(
      [
        en ? `Buyer Number ${i}` : `Nguyễn Văn Khách ${i}`,
        `khach${i}@bench.example`,
        en ? `Import Co ${i % 500}` : `Công ty Thủ công ${i % 500}`,
        en ? 'Japan' : 'Việt Nam',
        en ? 'en' : 'vi',
        segments[i % 4],
        i % 10 === 0 ? 'mây tre, gốm' : '',
      ].join(';'),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An organiser of the body, created directly and signed in over HTTP; returns the token. */
export async function signIn(app: INestApplication, http: App, bodyId: string): Promise<string> {
  const email = 'organiser@bench.example';
  const password = 'correct horse battery';
  await app.get(TransactionRunner).run(({ manager }) =>
    app.get(UsersService).create(manager, {
      email,
      password,
      fullName: 'Người Đo',
      role: Role.Organiser,
      locale: 'vi',
      emailVerified: true,
      organisingBodyId: bodyId,
    }),
  );
  const login = await request(http)
    .post('/api/v1/auth/login')
    .send({ email, password })
    .expect(200);
  return login.body.token;
}
