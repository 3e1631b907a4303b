import { decodeVietQr } from '@hoicho/accounts/domain';
import { inlineQr } from '../../support/inline-qr';
import { createTestApp, TestApp } from '../../support/test-app';
import { AllocatingFair, allocatingFair, as, boothsOf, runAllocation } from './support/allocation';

/*
 * Booths: may-tre-dan ("Mây tre đan" / "Rattan and bamboo") A-01…A-04, gom-su ("Gốm sứ" /
 * "Ceramics") B-01…B-03, all of type tieu-chuan ("Gian tiêu chuẩn 3×3" / "Standard booth
 * 3×3"). Phú Vinh is pinned to, then A-04 is closed: the run drops the pin with a
 * warning. Vạn Phúc finds gom-su taken by Bát Tràng: its reason names the zone and type.
 */
const PHU_VINH = 'HTX Mây tre đan Phú Vinh';
const MINH_HAI = 'Cơ sở Gốm Bát Tràng Minh Hải';
const VAN_PHUC = 'Lụa Vạn Phúc Hà Đông';
const SPECS = [
  { name: PHU_VINH, size: 2, zones: ['may-tre-dan'], priority: 5 },
  { name: MINH_HAI, size: 2, zones: ['gom-su'], priority: 4 },
  { name: VAN_PHUC, size: 2, zones: ['gom-su'], priority: 2 },
];
const VCB = '970436';

describe('allocation words: run warnings and reasons in the caller’s language, places by name', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  let runId: string;
  const app = (name: string) => fair.applicants.get(name)!.applicationId;
  const org = () => as(t, fair.organiser);
  const base = () => `/api/v1/fairs/${fair.id}/allocation/runs/${runId}`;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
    await org()
      .put(`/api/v1/fairs/${fair.id}/allocation/pins/${app(PHU_VINH)}`, {
        booths: ['A-03', 'A-04'],
      })
      .expect(200);
    // The hall closes A-04 after the pin (the plan is locked for organisers by now).
    await t.dataSource.query(`UPDATE booths SET blocked = true WHERE fair_id = $1 AND code = $2`, [
      fair.id,
      'A-04',
    ]);
    runId = (await runAllocation(t, fair.organiser, fair.id)).id;
  });
  afterAll(() => t.close());

  const read = async (path: string, language: string) =>
    (await org().get(path).set('Accept-Language', language).expect(200)).body;

  it('stores a dropped pin as a code with params and words it in Vietnamese and English', async () => {
    const vi = await read(base(), 'vi');
    const en = await read(base(), 'en-GB,en;q=0.9');
    const params = { application: app(PHU_VINH), booths: ['A-04'], producer: PHU_VINH };
    expect(vi.warnings).toEqual([
      {
        code: 'pin_not_rentable',
        params,
        message: `Bỏ qua gian ghim của ${PHU_VINH}: gian A-04 không còn cho thuê`,
      },
    ]);
    expect(en.warnings).toEqual([
      {
        code: 'pin_not_rentable',
        params,
        message: `Pin of ${PHU_VINH} ignored: A-04 cannot be rented`,
      },
    ]);
    const runs = await read(`/api/v1/fairs/${fair.id}/allocation/runs`, 'en');
    expect(runs[0].warnings[0].message).toBe(en.warnings[0].message);
    expect((await read(`${base()}/draft`, 'vi')).warnings).toEqual(vi.warnings);
  });

  it('names the zone and the booth type of an unassigned reason, in each language', async () => {
    const [vi] = (await read(`${base()}/draft`, 'vi')).unassigned;
    const [en] = (await read(`${base()}/draft`, 'en')).unassigned;
    expect(vi).toMatchObject({
      applicationId: app(VAN_PHUC),
      code: 'all_taken',
      params: { types: ['tieu-chuan'], zones: ['gom-su'] },
    });
    expect(vi.reason).toBe(
      'không còn cặp gian liền nhau loại Gian tiêu chuẩn 3×3 (tieu-chuan) trống ở Gốm sứ: ' +
        '2/3 gian như vậy đã có người (ưu tiên cao hơn: 2, bằng: 0, thấp hơn: 0); ' +
        '1 gian còn trống không đủ liền nhau',
    );
    expect(en.reason).toBe(
      'no free connected pair of type Standard booth 3×3 (tieu-chuan) in Ceramics (gom-su): ' +
        '2 of the 3 such booths are taken (higher priority: 2, equal: 0, lower: 0); ' +
        'booths still free (1) are not connected enough',
    );
  });

  it('says why a producer stands where it does in the reader’s language, its zone by name', async () => {
    const standing = async (language: string) =>
      (await read(`${base()}/draft`, language)).assignments.find(
        (a: { applicationId: string }) => a.applicationId === app(MINH_HAI),
      );
    const vi = await standing('vi');
    expect(vi).toMatchObject({ zone: 'gom-su', zoneChoice: 1, zonesWished: ['gom-su'] });
    expect(vi.explanation).toBe('Ở Gốm sứ, khu hồ sơ chọn thứ 1.');
    expect((await standing('en')).explanation).toBe(
      'In Ceramics (gom-su), its 1st choice of zone.',
    );
  });

  it('names the zones of a refused hand placement, the params keeping the codes', async () => {
    const draft = await read(`${base()}/draft`, 'vi');
    const freeB = ['B-01', 'B-02', 'B-03'].find(
      (b) => !boothsOf(draft, app(MINH_HAI))!.includes(b),
    )!;
    const freeA = ['A-01', 'A-02', 'A-03'].find(
      (b) => !boothsOf(draft, app(PHU_VINH))!.includes(b),
    )!;
    const move = async (language: string) =>
      (
        await org()
          .post(`${base()}/draft/moves`, { applicationId: app(PHU_VINH), booths: [freeA, freeB] })
          .set('Accept-Language', language)
          .expect(422)
      ).body.fields.find((f: { code: string }) => f.code === 'zones_several');
    const vi = await move('vi');
    const en = await move('en');
    expect(vi.params).toEqual({ zones: 'may-tre-dan, gom-su' });
    expect(vi.message).toBe('các gian nằm ở nhiều khu (Mây tre đan, Gốm sứ)');
    expect(en.message).toBe(
      'the booths lie in several zones (Rattan and bamboo (may-tre-dan), Ceramics (gom-su))',
    );
  });

  it('previews the booths letter with the VietQR code the sent letter carries', async () => {
    await org()
      .put(`/api/v1/organising-bodies/${fair.bodyId}/bank-account`, {
        bankBin: VCB,
        accountNumber: '0011004123456',
        holder: 'Sở Công Thương Hà Nội',
      })
      .expect(200);
    const { sample } = (await org().post(`${base()}/publish-preview`).expect(200)).body;
    const [application] = await t.dataSource.query(
      `SELECT reference, amount_due - amount_paid AS outstanding FROM applications WHERE id = $1`,
      [sample.applicationId],
    );
    expect(sample.html).not.toContain('cid:');
    const payload = inlineQr(sample.html);
    expect(payload).toBeDefined();
    expect(decodeVietQr(payload!)).toMatchObject({
      valid: true,
      bin: VCB,
      accountNumber: '0011004123456',
      amount: String(application.outstanding),
      purpose: application.reference,
    });
    expect(sample.text).toContain('Số tài khoản: 0011004123456');
    expect(sample.text).toContain(`Nội dung chuyển khoản: ${application.reference}`);
  });

  it('turns sentences stored before codes into codes (migration), worded like new ones', async () => {
    const runner = t.dataSource.createQueryRunner();
    const migration = t.dataSource.migrations.find(
      (m) => m.constructor.name === 'StoredIssueCodes1796668106957',
    )!;
    try {
      await migration.down(runner);
      await t.dataSource.query(`UPDATE allocation_runs SET warnings = $2 WHERE id = $1`, [
        runId,
        JSON.stringify([
          `Pin of ${app(PHU_VINH)} (A-03) ignored: the application wants 2 booth(s)`,
          `Published booths of ${app(VAN_PHUC)} not kept: B-01 is pinned to ${app(MINH_HAI)}`,
        ]),
      ]);
      const [{ id: importId }] = await t.dataSource.query(
        `INSERT INTO statement_imports (fair_id, organising_body_id, bank_bin, filename, counts, errors, created_by)
         VALUES ($1, $2, $3, 'cu.csv', '{}', $4, $5) RETURNING id`,
        [
          fair.id,
          fair.bodyId,
          VCB,
          JSON.stringify([
            { line: 9, field: 'date', message: '"31/02/2027" is not a date (dd/MM/yyyy)' },
          ]),
          fair.organiser.id,
        ],
      );
      await migration.up(runner);
      await migration.down(runner);
      await migration.up(runner); // again: nothing changes
      const [imported] = await t.dataSource.query(
        'SELECT errors FROM statement_imports WHERE id = $1',
        [importId],
      );
      expect(imported.errors).toEqual([
        { line: 9, field: 'date', code: 'date_invalid', params: { value: '31/02/2027' } },
      ]);
    } finally {
      await runner.release();
    }
    expect((await read(base(), 'en')).warnings.map((w: { message: string }) => w.message)).toEqual([
      `Pin of ${PHU_VINH} (A-03) ignored: the application wants 2 booth(s)`,
      `Published booths of ${VAN_PHUC} not kept: B-01 is pinned to ${MINH_HAI}`,
    ]);
    // The database keeps them coded whatever the code does.
    await expect(
      t.dataSource.query(`UPDATE allocation_runs SET warnings = '["a sentence"]' WHERE id = $1`, [
        runId,
      ]),
    ).rejects.toThrow(/allocation_runs_warnings_coded/);
  });
});
