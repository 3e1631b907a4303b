import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

// Rows for the integration specs, written straight into the tables (as a bulk load would):
// specs that need the catalogue index call CatalogueIndexRepository afterwards.

export interface ProducerFixture {
  nameVi: string;
  nameEn?: string;
  /** A seeded village's name ("Bát Tràng"). */
  village?: string;
  craft?: string;
  published?: boolean;
  taxCode?: string;
  legalForm?: string;
}

export interface ProductFixture {
  nameVi: string;
  nameEn?: string;
  category?: string;
  materials?: string[];
  priceMin?: number;
  priceMax?: number;
  ocop?: { stars: number; expiresOn: string };
  sampleAvailable?: boolean;
  published?: boolean;
}

export async function villageId(dataSource: DataSource, name: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    'SELECT id FROM craft_villages WHERE name = $1',
    [name],
  );
  return row.id;
}

export async function addProducer(dataSource: DataSource, p: ProducerFixture): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO producers (legal_name_vi, legal_name_en, craft_village_id, craft_category,
        published, tax_code, legal_form)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      p.nameVi,
      p.nameEn ?? null,
      p.village ? await villageId(dataSource, p.village) : null,
      p.craft ?? null,
      p.published ?? true,
      p.taxCode ?? null,
      p.legalForm ?? null,
    ],
  );
  return row.id;
}

export async function addProduct(
  dataSource: DataSource,
  producerId: string,
  p: ProductFixture,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO products (producer_id, name_vi, name_en, category, materials, price_min,
        price_max, ocop_stars, ocop_expires_on, sample_available, published)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      producerId,
      p.nameVi,
      p.nameEn ?? null,
      p.category ?? 'Đồ gia dụng',
      p.materials ?? [],
      p.priceMin ?? null,
      p.priceMax ?? null,
      p.ocop?.stars ?? null,
      p.ocop?.expiresOn ?? null,
      p.sampleAvailable ?? false,
      p.published ?? true,
    ],
  );
  return row.id;
}

/** A photo row (its bytes are not needed by the repositories). */
export async function addPhoto(
  dataSource: DataSource,
  productId: string,
  caption: string | null = null,
): Promise<string> {
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO product_photos (id, product_id, storage_key, content_type, size_bytes, caption, position)
     VALUES ($1, $2, $3, 'image/jpeg', 1000, $4,
             (SELECT coalesce(max(position) + 1, 0) FROM product_photos WHERE product_id = $2))`,
    [id, productId, `${productId}/${id}.jpg`, caption],
  );
  return id;
}
