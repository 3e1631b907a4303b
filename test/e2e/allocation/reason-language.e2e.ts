import { createTestApp, TestApp } from '../../support/test-app';
import { AllocatingFair, allocatingFair, as, boothsOf, runAllocation } from './support/allocation';

/*
 * Booths: may-tre-dan A-01…A-04, gom-su B-01…B-03. Bát Tràng (2, gom-su, priority 4) takes two
 * of gom-su's three booths; Vạn Phúc (2, gom-su, priority 2) is left without: its reason comes
 * with a code, params, and words in the caller's language.
 */
const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 2, zones: ['gom-su'], priority: 4 },
  { name: 'Lụa Vạn Phúc Hà Đông', size: 2, zones: ['gom-su'], priority: 2 },
];

describe('allocation reasons: codes with params, words in the caller’s language', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  let runId: string;
  const app = (name: string) => fair.applicants.get(name)!;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
    runId = (await runAllocation(t, fair.organiser, fair.id)).id;
  });
  afterAll(() => t.close());

  const draftIn = async (language: string) =>
    (
      await as(t, fair.organiser)
        .get(`/api/v1/fairs/${fair.id}/allocation/runs/${runId}/draft`)
        .set('Accept-Language', language)
        .expect(200)
    ).body;

  it('gives an unassigned request a stable code and params, the same in every language', async () => {
    const vi = await draftIn('vi');
    const en = await draftIn('en');
    const vanPhuc = app('Lụa Vạn Phúc Hà Đông').applicationId;
    expect(vi.unassigned).toEqual([
      expect.objectContaining({
        applicationId: vanPhuc,
        code: 'all_taken',
        params: {
          size: 2,
          types: ['tieu-chuan'],
          zones: ['gom-su'],
          total: 3,
          taken: 2,
          higher: 2,
          equal: 0,
          lower: 0,
          free: 1,
        },
      }),
    ]);
    expect(en.unassigned[0].code).toBe(vi.unassigned[0].code);
    expect(en.unassigned[0].params).toEqual(vi.unassigned[0].params);
  });

  it('words the reason in Vietnamese for a Vietnamese caller and in English for an English one', async () => {
    const vi = (await draftIn('vi')).unassigned[0].reason as string;
    const en = (await draftIn('en-US,en;q=0.8')).unassigned[0].reason as string;
    // Zones and booth types by name (words-by-name.e2e.ts checks those in full).
    expect(vi).toMatch(/^không còn cặp gian liền nhau loại .* trống ở Gốm sứ: 2\/3 gian như vậy/);
    expect(en).toMatch(/^no free connected pair of type .* in Ceramics \(gom-su\): 2 of the 3/);
  });

  it('refuses a hand placement with codes, params and the caller’s words', async () => {
    const draft = await draftIn('vi');
    const phuVinh = app('HTX Mây tre đan Phú Vinh').applicationId;
    const freeB = ['B-01', 'B-02', 'B-03'].find(
      (b) => !boothsOf(draft, app('Cơ sở Gốm Bát Tràng Minh Hải').applicationId)!.includes(b),
    )!;
    const freeA = ['A-01', 'A-02', 'A-03', 'A-04'].find(
      (b) => !boothsOf(draft, phuVinh)!.includes(b),
    )!;
    const move = (language: string) =>
      as(t, fair.organiser)
        .post(`/api/v1/fairs/${fair.id}/allocation/runs/${runId}/draft/moves`, {
          applicationId: phuVinh,
          booths: [freeA, freeB],
        })
        .set('Accept-Language', language)
        .expect(422);
    const vi = (await move('vi')).body;
    const en = (await move('en')).body;
    expect(vi.code).toBe('placement_invalid');
    const codes = (body: { fields: { code: string; params: object }[] }) =>
      body.fields.map((f) => [f.code, f.params]);
    expect(codes(vi)).toEqual(codes(en));
    expect(codes(vi)).toEqual(
      expect.arrayContaining([
        ['zones_several', { zones: 'may-tre-dan, gom-su' }],
        ['not_connected', {}],
      ]),
    );
    const words = (body: { fields: { code: string; message: string }[] }, code: string) =>
      body.fields.find((f) => f.code === code)!.message;
    expect(words(vi, 'not_connected')).toBe('các gian không liền thành một khối');
    expect(words(en, 'not_connected')).toBe('the booths do not form one connected block');
    expect(words(vi, 'zones_several')).toBe('các gian nằm ở nhiều khu (Mây tre đan, Gốm sứ)');
  });
});
