import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { addVisitor, createOrganiserWorld, OrganiserWorld } from '../testing/invitations-fixtures';
import { sameEmail } from './email-key.sql';
import { VisitorRepository } from './visitor.repository';

/**
 * Addresses that tell case-folding rules apart: ASCII, Vietnamese capitals (Đ/đ, Ơ, Ư, Ỗ),
 * letters whose lower case is another script's or another letter (Kelvin sign, dotted İ, final
 * sigma, sharp ß/ẞ), decomposed and composed forms, and a punycode domain.
 */
const ADDRESSES = [
  'an@lang-nghe.vn',
  'AN@Lang-Nghe.VN',
  'đỗ@làng.vn',
  'ĐỖ@LÀNG.VN',
  'Đỗ@làng.vn',
  'dỗ@làng.vn',
  'do@lang.vn',
  'ơn@x.vn',
  'ƠN@x.vn',
  'ưu@x.vn',
  'ƯU@X.VN',
  'd\u0303o@x.vn',
  'kelvin\u212a@x.vn',
  'kelvink@x.vn',
  'İstanbul@x.tr',
  'i̇stanbul@x.tr',
  'istanbul@x.tr',
  'σοφία@x.gr',
  'ΣΟΦΊΑ@x.gr',
  'straße@x.de',
  'STRAẞE@x.de',
  'an@xn--lng-nghe-3va.vn',
];

describe('visitors_body_email_key (bytewise) keeps citext equality for stored addresses', () => {
  let m: TestModule;
  let visitors: VisitorRepository;
  let world: OrganiserWorld;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    visitors = m.get(VisitorRepository);
    world = await createOrganiserWorld(m);
  });
  afterAll(() => m.close());

  it('sameEmail is citext equality for every address the CHECK lets in, against any spelling', async () => {
    const rows: { stored: string; sought: string; citext: boolean; keyed: boolean }[] =
      await m.dataSource.query(
        `SELECT a AS stored, b AS sought, a::citext = b::citext AS citext,
                ${sameEmail('a::citext', 'b')} AS keyed
           FROM unnest($1::text[]) a, unnest($1::text[]) b
          WHERE a = lower(a)`,
        [ADDRESSES],
      );
    // Storable addresses of each kind are there, so the comparison covers them.
    expect(rows.map((r) => r.stored)).toEqual(expect.arrayContaining(['đỗ@làng.vn', 'ơn@x.vn']));
    const matches = (stored: string) =>
      rows.filter((r) => r.stored === stored && r.keyed).map((r) => r.sought);
    expect(matches('đỗ@làng.vn')).toEqual(['đỗ@làng.vn', 'ĐỖ@LÀNG.VN', 'Đỗ@làng.vn']);
    expect(matches('ơn@x.vn')).toEqual(['ơn@x.vn', 'ƠN@x.vn']);
    expect(rows.filter((r) => r.keyed !== r.citext)).toEqual([]);
    // The database's own lower-casing folds Đ to đ, as citext does.
    const [{ folded }] = await m.dataSource.query(
      `SELECT 'ĐỖ@LÀNG.VN'::citext = 'đỗ@làng.vn'::citext AND lower('Đ') = 'đ' AS folded`,
    );
    expect(folded).toBe(true);
  });

  it('refuses the same address twice in a body, and a capital one before the index sees it', async () => {
    await addVisitor(m, world.bodyId, { email: 'đỗ@làng.vn' });
    await expect(addVisitor(m, world.bodyId, { email: 'đỗ@làng.vn' })).rejects.toMatchObject({
      code: '23505',
      constraint: 'visitors_body_email_key',
    });
    await expect(addVisitor(m, world.bodyId, { email: 'Đỗ@làng.vn' })).rejects.toMatchObject({
      code: '23514',
      constraint: 'visitors_email_check',
    });
    const other = await createOrganiserWorld(m);
    await expect(addVisitor(m, other.bodyId, { email: 'đỗ@làng.vn' })).resolves.toBeDefined();
  });

  it('lookups by address find the stored visitor whatever the case of the address sought', async () => {
    const stored = await addVisitor(m, world.bodyId, { email: 'ơn@lang-nghe.vn', name: 'Ơn' });
    await m.transactions.run(async ({ manager }) => {
      expect(await visitors.emailTaken(manager, world.bodyId, 'ƠN@LANG-NGHE.VN')).toBe(true);
      expect(await visitors.emailTaken(manager, world.bodyId, 'on@lang-nghe.vn')).toBe(false);
      expect(
        await visitors.findContactByEmail(manager, world.bodyId, 'Ơn@Lang-Nghe.vn'),
      ).toMatchObject({ id: stored.id, name: 'Ơn' });
      const found = await visitors.findByEmails(manager, world.bodyId, [
        'ƠN@lang-nghe.vn',
        'nobody@lang-nghe.vn',
      ]);
      expect(found.map((v) => v.id)).toEqual([stored.id]);
    });
  });

  it('an upsert of the same address updates the stored visitor instead of adding one', async () => {
    const stored = await addVisitor(m, world.bodyId, { email: 'ưu@lang-nghe.vn', name: 'Ưu' });
    const written = await m.transactions.run(({ manager }) =>
      visitors.upsertMany(manager, [
        {
          organisingBodyId: world.bodyId,
          email: 'ưu@lang-nghe.vn',
          name: 'Ưu Mới',
          organisation: null,
          phone: null,
          country: null,
          language: null,
          segment: null,
          tags: [],
          tagKeys: [],
          consent: null,
          source: 'manual',
          updatedAt: new Date(),
        },
      ]),
    );
    expect(written.map((w) => w.id)).toEqual([stored.id]);
    expect(await visitors.findById(stored.id)).toMatchObject({ name: 'Ưu Mới' });
  });

  it('a lookup by address reaches the unique index, not a scan of the body', async () => {
    const plan = await m.transactions.run(async ({ manager }) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(
        `EXPLAIN SELECT id FROM visitors
          WHERE organising_body_id = $1 AND ${sameEmail('email', '$2')}`,
        [world.bodyId, 'AN@x.vn'],
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Index Scan using visitors_body_email_key');
  });
});
