import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import request from 'supertest';
import { bearer, TestApp } from '../../../support/test-app';

/** Requests signed in as one user (or anonymous without a token). */
export const as = (t: TestApp, token?: string) => {
  const auth = <T extends request.Test>(call: T) => (token ? call.set(bearer(token)) : call);
  return {
    get: (path: string) => auth(request(t.http).get(path)),
    post: (path: string, body?: object) => auth(request(t.http).post(path)).send(body),
    put: (path: string, body: object) => auth(request(t.http).put(path)).send(body),
    patch: (path: string, body: object) => auth(request(t.http).patch(path)).send(body),
    delete: (path: string) => auth(request(t.http).delete(path)),
  };
};

/** A fresh directory for photos, passed to the api as STORAGE_DIR. */
export const tempStorageDir = () => mkdtempSync(join(tmpdir(), 'hoicho-photos-'));

/** Seeded by the reference-data migration. */
export const HA_NOI = '01';
export const PHU_NGHIA = '10030';
export const BAT_TRANG = '00577';
export const SAI_GON_WARD = '26740';

export async function villageId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.dataSource.query('SELECT id FROM craft_villages WHERE name = $1', [name]);
  return row.id;
}

/** A 1×1 baseline JPEG. */
export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A real 4×3 PNG. */
export function png(): Buffer {
  const image = new PNG({ width: 4, height: 3 });
  image.data.fill(200);
  return PNG.sync.write(image);
}

/**
 * Fingerprint of every table the exhibitors area writes, to prove a refusal wrote nothing.
 * Outbox rows only count: the mail worker changes their status in the background.
 */
export async function snapshot(t: TestApp) {
  const tables = [
    'producers',
    'producer_contacts',
    'products',
    'product_photos',
    'craft_villages',
    'craft_categories',
    'provinces',
    'communes',
    'users',
  ];
  const parts = await Promise.all(
    tables.map(async (table) => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
      );
      return [table, `${row.n}:${row.h}`];
    }),
  );
  const [outbox] = await t.dataSource.query('SELECT count(*)::int AS n FROM outbox_messages');
  return { ...Object.fromEntries(parts), outbox_messages: outbox.n };
}

export const fieldsOf = (response: request.Response): string[] =>
  (response.body.fields ?? []).map((f: { field: string }) => f.field);
