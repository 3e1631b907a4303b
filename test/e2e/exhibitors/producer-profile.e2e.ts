import { Role } from '@hoicho/platform';
import {
  createProducer,
  createTestApp,
  createUser,
  mailTo,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import {
  as,
  BAT_TRANG,
  fieldsOf,
  HA_NOI,
  PHU_NGHIA,
  SAI_GON_WARD,
  snapshot,
  villageId,
} from './support/exhibitors';

describe('producer profile: tax codes, phones and addresses checked through the API', () => {
  let t: TestApp;
  let producerId: string;
  let member: SignedIn;
  const path = () => `/api/v1/producers/${producerId}`;

  beforeAll(async () => {
    t = await createTestApp();
    producerId = await createProducer(t, 'HTX Mây tre đan Phú Vinh');
    member = await createUser(t, Role.Producer, { producerId });
  });
  afterAll(() => t.close());

  const patch = (body: object) => as(t, member.token).patch(path(), body);

  /** A refused PATCH names the field (with the domain's reason) and writes nothing. */
  async function refused(body: object, field: string, reason?: string) {
    const before = await snapshot(t);
    const response = await patch(body);
    expect({ status: response.status, fields: fieldsOf(response) }).toEqual({
      status: 400,
      fields: expect.arrayContaining([field]),
    });
    if (reason) expect(response.body.details.reasons[field]).toBe(reason);
    expect(await snapshot(t)).toEqual(before);
    return response;
  }

  it('accepts the valid tax codes from DOMAIN.md for each legal form', async () => {
    const ok = async (legalForm: string, taxCode: string, stored = taxCode) => {
      const response = await patch({ legalForm, taxCode }).expect(200);
      expect(response.body).toMatchObject({ legalForm, taxCode: stored });
    };
    await ok('cooperative', '0100233488');
    await ok('enterprise', '0100109106');
    await ok('enterprise', '0314409058-002');
    await ok('enterprise', '0314409058002', '0314409058-002');
    await ok('cooperative_group', '0100 233 488', '0100233488');
    await ok('household_business', '001085012345');
    await ok('household_business', '0100233488');
  });

  it('refuses a wrong check digit, a wrong length and a citizen ID for a non-household', async () => {
    await patch({ legalForm: 'cooperative', taxCode: '0100233488' }).expect(200);
    await refused({ taxCode: '0100233480' }, 'taxCode', 'tax_code_check_digit');
    await refused({ taxCode: '01002334' }, 'taxCode', 'tax_code_format');
    await refused({ taxCode: '0314409058-000' }, 'taxCode', 'tax_code_branch');
    await refused({ legalForm: 'enterprise', taxCode: '001085012345' }, 'taxCode');
    await refused({ taxCode: '' }, 'taxCode', 'required');
    // Changing the form alone re-checks the stored code against the new form.
    await patch({ legalForm: 'household_business', taxCode: '001085012345' }).expect(200);
    // A CCCD names a birth province (001–096) and a century digit 0–3.
    await refused({ taxCode: '000000000000' }, 'taxCode', 'cccd_province');
    await refused({ taxCode: '001585012345' }, 'taxCode', 'cccd_century');
    await refused({ legalForm: 'enterprise' }, 'taxCode', 'tax_code_format');
    await patch({ taxCode: null, legalForm: 'enterprise' }).expect(200);
  });

  it('needs a legal form before a tax code, and a tax code belongs to one producer', async () => {
    const other = await createProducer(t, 'Công ty Gốm Bát Tràng');
    const otherMember = await createUser(t, Role.Producer, { producerId: other });
    const response = await as(t, otherMember.token)
      .patch(`/api/v1/producers/${other}`, { taxCode: '0100109106' })
      .expect(400);
    expect(fieldsOf(response)).toEqual(['legalForm']);
    await patch({ legalForm: 'enterprise', taxCode: '0100109106' }).expect(200);
    const taken = await as(t, otherMember.token)
      .patch(`/api/v1/producers/${other}`, { legalForm: 'enterprise', taxCode: '0100109106' })
      .expect(409);
    expect(fieldsOf(taken)).toEqual(['taxCode']);
  });

  it('stores contacts’ phones in E.164 and refuses numbers that are not Vietnamese phones', async () => {
    const response = await patch({
      contacts: [
        { name: '  Nguyễn Văn An ', title: 'Chủ nhiệm HTX', phone: '0912 345 678' },
        { name: 'Văn phòng', phone: '(024) 3825 1234', email: 'VP@PhuVinh.vn' },
        { name: 'Chị Bình', phone: '+84 38 123 4567' },
      ],
    }).expect(200);
    expect(response.body.contacts).toEqual([
      {
        name: 'Nguyễn Văn An',
        title: 'Chủ nhiệm HTX',
        phone: '+84912345678',
        phoneNational: '0912 345 678',
        email: null,
      },
      {
        name: 'Văn phòng',
        title: null,
        phone: '+842438251234',
        phoneNational: expect.stringMatching(/^024/),
        email: 'vp@phuvinh.vn',
      },
      expect.objectContaining({ phone: '+84381234567' }),
    ]);
    for (const phone of ['0123', '0212 345 678', '1900 1234', '+1 202 555 0143', 'số máy']) {
      await refused(
        {
          contacts: [
            { name: 'An', phone: '0912345678' },
            { name: 'Bình', phone },
          ],
        },
        'contacts.1.phone',
      );
    }
    await refused({ contacts: [{ name: 'An' }] }, 'contacts.0.phone');
    await patch({ contacts: [] }).expect(200);
    expect((await as(t, member.token).get(path())).body.contacts).toEqual([]);
  });

  it('keeps an address as province + commune from the reference data, with a former address', async () => {
    const response = await patch({
      address: {
        provinceCode: HA_NOI,
        communeCode: PHU_NGHIA,
        detail: 'Thôn Phú Vinh',
        formerAddress: 'Xã Phú Nghĩa, huyện Chương Mỹ, Hà Nội',
      },
    }).expect(200);
    expect(response.body.address).toEqual({
      provinceCode: HA_NOI,
      provinceName: 'Thành phố Hà Nội',
      communeCode: PHU_NGHIA,
      communeName: 'Xã Phú Nghĩa',
      detail: 'Thôn Phú Vinh',
      formerAddress: 'Xã Phú Nghĩa, huyện Chương Mỹ, Hà Nội',
    });
    await refused(
      { address: { provinceCode: '99', communeCode: PHU_NGHIA } },
      'address.provinceCode',
      'province_unknown',
    );
    await refused(
      { address: { provinceCode: HA_NOI, communeCode: '99999' } },
      'address.communeCode',
      'commune_unknown',
    );
    await refused(
      { address: { provinceCode: HA_NOI, communeCode: SAI_GON_WARD } },
      'address.communeCode',
      'commune_not_in_province',
    );
    await refused({ address: { provinceCode: HA_NOI } }, 'address.communeCode');
    await refused(
      { address: { provinceCode: HA_NOI, communeCode: BAT_TRANG, district: 'Gia Lâm' } },
      'address.district',
    );
    await patch({ address: null }).expect(200);
    expect((await as(t, member.token).get(path())).body.address).toBeNull();
  });

  it('links a craft village, which gives the producer its craft', async () => {
    const phuVinh = await villageId(t, 'Phú Vinh');
    const response = await patch({
      craftVillageId: phuVinh,
      legalNameEn: 'Phu Vinh Rattan Cooperative',
    }).expect(200);
    expect(response.body).toMatchObject({
      craftCategory: 'may-tre-dan',
      legalNameEn: 'Phu Vinh Rattan Cooperative',
      craftVillage: { id: phuVinh, name: 'Phú Vinh', recognised: true },
    });
    await refused({ craftVillageId: '00000000-0000-4000-8000-000000000000' }, 'craftVillageId');
    await refused({ craftCategory: 'khong-co' }, 'craftCategory');
    await patch({ craftCategory: 'gom-su', published: true }).expect(200);
  });

  it('reports every bad field of one request at once', async () => {
    const response = await refused(
      {
        taxCode: '0100233480',
        address: { provinceCode: '99', communeCode: PHU_NGHIA },
        contacts: [{ name: 'An', phone: '12' }],
      },
      'taxCode',
    );
    expect(fieldsOf(response).sort()).toEqual(
      ['address.provinceCode', 'contacts.0.phone', 'taxCode'].sort(),
    );
  });
});

describe('producer members', () => {
  let t: TestApp;
  let producerId: string;
  let member: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    producerId = await createProducer(t, 'HTX Gốm Bát Tràng');
    member = await createUser(t, Role.Producer, { producerId });
  });
  afterAll(() => t.close());

  it('a member adds a colleague by email, who gets a link to set a password', async () => {
    const added = await as(t, member.token)
      .post(`/api/v1/producers/${producerId}/members`, {
        email: ' Ke.Toan@BatTrang.vn ',
        fullName: 'Trần Thị Bình',
      })
      .expect(201);
    expect(added.body).toMatchObject({ email: 'ke.toan@battrang.vn', emailVerifiedAt: null });
    const mail = await mailTo(t, 'ke.toan@battrang.vn');
    expect(mail.text).toContain('/account/reset-password?token=');
    const listed = await as(t, member.token)
      .get(`/api/v1/producers/${producerId}/members`)
      .expect(200);
    expect(listed.body.map((m: { email: string }) => m.email)).toEqual([
      member.email,
      'ke.toan@battrang.vn',
    ]);
    const [user] = await t.dataSource.query(
      'SELECT role, producer_id FROM users WHERE email = $1',
      ['ke.toan@battrang.vn'],
    );
    expect(user).toEqual({ role: 'producer', producer_id: producerId });
  });

  it('an email already registered is a conflict naming the field', async () => {
    const response = await as(t, member.token)
      .post(`/api/v1/producers/${producerId}/members`, {
        email: member.email,
        fullName: 'Ai đó',
      })
      .expect(409);
    expect(fieldsOf(response)).toEqual(['email']);
  });
});
