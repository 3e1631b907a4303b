/**
 * The public columns of a product `p` and its producer `pr` as a PublicProductRow; nothing else
 * is ever selected for the public catalogue. `today` is the parameter holding the Hà Nội day
 * (an OCOP rating shows only while valid). Prices are bigint đồng read as float8: exact below
 * 2^53, so they arrive as JS numbers.
 */
export const PUBLIC_PRODUCT_COLUMNS = (today: string) => `
  p.id, p.name_vi AS "nameVi", p.name_en AS "nameEn", p.category, p.materials,
  p.dimensions_text AS "dimensionsText",
  p.price_min::float8 AS "priceMin", p.price_max::float8 AS "priceMax",
  p.min_order_quantity AS "minOrderQuantity",
  CASE WHEN p.ocop_expires_on >= ${today}::date THEN p.ocop_stars END AS "ocopStars",
  CASE WHEN p.ocop_expires_on >= ${today}::date THEN to_char(p.ocop_expires_on, 'YYYY-MM-DD') END AS "ocopExpiresOn",
  (SELECT ph.id FROM product_photos ph WHERE ph.product_id = p.id
    ORDER BY ph.position LIMIT 1) AS "photoId",
  pr.id AS "producerId", pr.legal_name_vi AS "producerNameVi", pr.legal_name_en AS "producerNameEn",
  v.id AS "villageId", v.name AS "villageName",
  c.code AS "craftCode", c.name_vi AS "craftVi", c.name_en AS "craftEn"`;

/** The producer of product `p`, its village and its craft (the producer's own, else the village's). */
export const PRODUCER_JOINS = `
  JOIN producers pr ON pr.id = p.producer_id
  LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
  LEFT JOIN craft_categories c ON c.code = coalesce(pr.craft_category, v.craft_category)`;
