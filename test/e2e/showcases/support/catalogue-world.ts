import request from 'supertest';
import { bearer, TestApp } from '../../../support/test-app';
import { JPEG } from '../../exhibitors/support/exhibitors';
import {
  approve,
  as,
  createFairAt,
  createProduct,
  createPublishedProducer,
  FairSetup,
  ProducerSetup,
} from './showcases';

export const DECLARED_VALUE = '7654321';
export const FEE = '13579000';
export const REVIEW_NOTE = 'Ghi chú duyệt nội bộ 7F3K';

/**
 * A published fair with exhibitors from three villages, products with and without OCOP and
 * prices, an unpublished producer, a producer that is not an exhibitor, a showcase sample and
 * a photo: enough to search, filter and scan every public answer.
 */
export async function buildCatalogueWorld(t: TestApp) {
  const fair = await createFairAt(t, 'published');
  const gom = await createPublishedProducer(t, {
    nameVi: 'Xưởng gốm Minh Long',
    nameEn: 'Minh Long Pottery',
    village: 'Bát Tràng',
    craft: 'gom-su',
    taxCode: '0100233488',
    phone: '+84912345678',
  });
  const may = await createPublishedProducer(t, {
    nameVi: 'HTX Mây tre đan Phú Vinh',
    village: 'Phú Vinh',
    craft: 'may-tre-dan',
    taxCode: '0100109106',
    phone: '+84987654321',
    locale: 'en',
  });
  const bac = await createPublishedProducer(t, {
    nameVi: 'Cơ sở bạc Đặng Văn Định',
    village: 'Đình Công',
    craft: 'bac',
    taxCode: '0314409058-002',
  });
  const hidden = await createPublishedProducer(t, {
    nameVi: 'Gốm Bát Tràng chưa công bố',
    village: 'Bát Tràng',
    craft: 'gom-su',
    taxCode: '0100109106-001',
    published: false,
  });
  const outsider = await createPublishedProducer(t, {
    nameVi: 'Gốm Bát Tràng không dự hội chợ',
    village: 'Bát Tràng',
    craft: 'gom-su',
    taxCode: '0100233488-001',
  });
  for (const p of [gom, may, bac, hidden]) await approve(t, fair, p.id, FEE);
  await t.dataSource.query(`UPDATE applications SET decision_reason = $1`, [REVIEW_NOTE]);

  const products = {
    binh: await createProduct(t, gom, {
      nameVi: 'Bình gốm men lam',
      nameEn: 'Blue-glaze vase',
      category: 'Bình, lọ',
      materials: ['Đất sét', 'Men lam'],
      priceMin: '350000',
      priceMax: '550000',
      minOrderQuantity: 20,
      ocop: { stars: 4, expiresOn: '2099-12-31' },
    }),
    am: await createProduct(t, gom, {
      nameVi: 'Ấm trà Bát Tràng gốm',
      category: 'Ấm chén',
      materials: ['Đất sét'],
      priceMin: '120000',
      priceMax: '200000',
    }),
    unpublished: await createProduct(t, gom, {
      nameVi: 'Bình gốm chưa công bố',
      category: 'Bình, lọ',
      published: false,
    }),
    den: await createProduct(t, may, {
      nameVi: 'Chao đèn mây',
      nameEn: 'Rattan lamp shade',
      category: 'Đèn',
      materials: ['mây', 'tre'],
      priceMin: '200000',
      priceMax: '400000',
      ocop: { stars: 3, expiresOn: '2020-01-31' },
    }),
    gio: await createProduct(t, may, {
      nameVi: 'Giỏ đan tre',
      category: 'Giỏ',
      materials: ['tre'],
    }),
    vong: await createProduct(t, bac, {
      nameVi: 'Vòng bạc chạm',
      category: 'Trang sức',
      materials: ['bạc'],
    }),
    secret: await createProduct(t, hidden, { nameVi: 'Bình gốm bí mật', category: 'Bình, lọ' }),
    outside: await createProduct(t, outsider, {
      nameVi: 'Bình gốm ngoài hội chợ',
      category: 'Bình, lọ',
    }),
  };

  const photo = await request(t.http)
    .post(`/api/v1/producers/${gom.id}/products/${products.binh}/photos`)
    .set(bearer(gom.member.token))
    .field('caption', 'Bình nhìn nghiêng')
    .attach('photo', JPEG, { filename: 'binh.jpg', contentType: 'image/jpeg' })
    .expect(201);

  const org = as(t, fair.organiser.token);
  const showcase = await org
    .post(`/api/v1/fairs/${fair.fairId}/showcases`, {
      titleVi: 'Tinh hoa gốm Bát Tràng',
      titleEn: 'The best of Bát Tràng ceramics',
      location: 'Sảnh A',
      curator: 'Nghệ nhân Lê Văn Sinh',
      startsOn: '2026-10-10',
      endsOn: '2026-10-11',
    })
    .expect(201);
  const invited = await org
    .post(`/api/v1/fairs/${fair.fairId}/showcases/${showcase.body.id}/invitations`, {
      producerId: gom.id,
      productId: products.binh,
      quantity: 3,
      declaredValue: DECLARED_VALUE,
      note: 'Ghi chú mời riêng tư',
    })
    .expect(201);
  const sample = await as(t, gom.member.token)
    .post(
      `/api/v1/fairs/${fair.fairId}/showcases/${showcase.body.id}/samples/${invited.body.id}/accept`,
      {
        note: 'Ghi chú nhận lời riêng tư',
      },
    )
    .expect(200);
  await org
    .post(
      `/api/v1/fairs/${fair.fairId}/showcases/${showcase.body.id}/samples/${invited.body.id}/custody`,
      {
        step: 'receive',
        by: 'Trần Thị Bình',
        condition: 'good',
        note: 'Ghi chú kho riêng tư',
      },
    )
    .expect(200);

  return {
    fair,
    producers: { gom, may, bac, hidden, outsider } as Record<string, ProducerSetup>,
    products,
    photoId: photo.body.id as string,
    showcaseId: showcase.body.id as string,
    sample: sample.body as { id: string; labelCode: string },
  };
}

export type CatalogueWorld = Awaited<ReturnType<typeof buildCatalogueWorld>>;
export type { FairSetup };

/** Publishes booths with these codes to the producer's application, as allocation would. */
export async function placeBooths(
  t: TestApp,
  w: CatalogueWorld,
  producerId: string,
  codes: string[],
) {
  const fair = w.fair.fairId;
  const [zone] = await t.dataSource.query(
    `INSERT INTO zones (fair_id, code, name_vi) VALUES ($1, 'gom-su', 'Gốm sứ') RETURNING id`,
    [fair],
  );
  const [type] = await t.dataSource.query(
    `INSERT INTO booth_types (fair_id, code, name_vi, width_m, depth_m, price)
     VALUES ($1, 'tc', 'Tiêu chuẩn', 3, 3, 12000000) RETURNING id`,
    [fair],
  );
  for (const [index, code] of codes.entries()) {
    await t.dataSource.query(
      `WITH booth AS (
         INSERT INTO booths (fair_id, code, zone_id, booth_type_id, x, y, width, height)
         VALUES ($1, $2, $3, $4, $5, 0, 3, 3) RETURNING id)
       INSERT INTO booth_assignments (fair_id, booth_id, application_id, assigned_by)
       SELECT $1, booth.id, a.id, $6 FROM booth, applications a
        WHERE a.fair_id = $1 AND a.producer_id = $7`,
      [fair, code, zone.id, type.id, index * 3, w.fair.organiser.id, producerId],
    );
  }
}
