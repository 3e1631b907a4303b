import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { addVisitor, Body, setUpBody } from './support/invitations';

describe('bulk tags and segment of visitors: all or none, own body only', () => {
  let t: TestApp;
  let body: Body;
  let other: Body;
  let an: string;
  let binh: string;
  let stranger: string;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
    other = await setUpBody(t);
    an = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Nguyễn Văn An',
      email: 'an@example.vn',
      tags: ['gốm'],
    });
    binh = await addVisitor(t, body.organiser.token, body.id, {
      name: 'Trần Thị Bình',
      email: 'binh@example.vn',
    });
    stranger = await addVisitor(t, other.organiser.token, other.id, {
      name: 'Lê Văn Cường',
      email: 'cuong@example.vn',
    });
  });
  afterAll(() => t.close());

  const bulk = (payload: object, bodyId = body.id, token = body.organiser.token) =>
    request(t.http)
      .post(`/api/v1/organising-bodies/${bodyId}/visitors/bulk`)
      .set(bearer(token))
      .send(payload);
  const get = async (id: string, token = body.organiser.token) =>
    (await request(t.http).get(`/api/v1/visitors/${id}`).set(bearer(token)).expect(200)).body as {
      tags: string[];
      segment: string | null;
    };
  const byTag = async (tag: string) =>
    (
      await request(t.http)
        .get(`/api/v1/organising-bodies/${body.id}/visitors`)
        .query({ tag })
        .set(bearer(body.organiser.token))
        .expect(200)
    ).body as { total: number; items: { id: string }[] };

  it('adds a tag and sets a segment for all, keeps existing tags, finds them by the tag', async () => {
    const res = await bulk({
      ids: [an, binh],
      addTags: ['Nhà nhập khẩu', 'GỐM'],
      segment: 'buyer',
    }).expect(200);
    expect(res.body).toEqual({ updated: 2 });
    expect(await get(an)).toMatchObject({ tags: ['gốm', 'Nhà nhập khẩu'], segment: 'buyer' });
    expect(await get(binh)).toMatchObject({ tags: ['Nhà nhập khẩu', 'GỐM'], segment: 'buyer' });
    expect((await byTag('nhà nhập khẩu')).total).toBe(2);
  });

  it('removes a tag case-insensitively from one, and clears a segment with null', async () => {
    await bulk({ ids: [binh], removeTags: ['nhà NHẬP khẩu'], segment: null }).expect(200);
    expect(await get(binh)).toMatchObject({ tags: ['GỐM'], segment: null });
    const found = await byTag('Nhà nhập khẩu');
    expect(found.items.map((v) => v.id)).toEqual([an]);
  });

  it('refuses another body’s visitor naming ids, and writes nothing for the others', async () => {
    const res = await bulk({ ids: [an, stranger], addTags: ['lạ'] }).expect(404);
    expect(res.body.fields?.[0]?.field ?? JSON.stringify(res.body)).toContain('ids');
    expect((await get(an)).tags).not.toContain('lạ');
    expect((await get(stranger, other.organiser.token)).tags).toEqual([]);
    expect((await byTag('lạ')).total).toBe(0);
  });

  it('refuses another body’s list outright', async () => {
    await bulk({ ids: [stranger], addTags: ['lạ'] }, other.id).expect(404);
    expect((await get(stranger, other.organiser.token)).tags).toEqual([]);
  });

  it.each([
    ['no ids', { ids: [], addTags: ['x'] }, 'ids'],
    ['an id that is not a uuid', { ids: ['42'], addTags: ['x'] }, 'ids'],
    ['nothing to change', { ids: ['00000000-0000-4000-8000-000000000000'] }, 'addTags'],
    [
      'a bad segment',
      { ids: ['00000000-0000-4000-8000-000000000000'], segment: 'khách' },
      'segment',
    ],
    [
      'a tag too long',
      { ids: ['00000000-0000-4000-8000-000000000000'], addTags: ['x'.repeat(61)] },
      'addTags',
    ],
  ])('400 naming the field: %s', async (_name, payload, field) => {
    const res = await bulk(payload).expect(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('refuses a tag beyond the 50 a visitor may have, changing no one', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `thẻ ${i}`);
    await bulk({ ids: [an, binh], addTags: many }).expect(400);
    expect((await get(binh)).tags).toEqual(['GỐM']);
  });
});
