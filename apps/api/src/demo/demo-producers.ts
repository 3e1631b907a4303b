import { CraftVillageDto, ProducersService, ProductsService } from '@hoicho/exhibitors';
import { addDays } from './demo-calendar';
import { DemoProducer } from './demo-producer-data';
import { DEMO_PRODUCTS, DEMO_VILLAGES } from './demo-village-data';
import { DemoIdentifiers } from './demo-identifiers';

export interface DemoIdentity {
  taxCode: string;
  mobile: string;
  landline: string;
}

/** Drawn in producer order before any writing, so a fresh install always gets the same codes. */
export function demoIdentity(spec: DemoProducer, ids: DemoIdentifiers): DemoIdentity {
  return {
    taxCode: spec.legalForm === 'household_business' ? ids.citizenId() : ids.taxCode(spec.branch),
    mobile: ids.mobile(),
    landline: ids.landline(),
  };
}

export interface DemoProducerRow {
  spec: DemoProducer;
  producerId: string;
  email: string;
}

export interface DemoCatalogue {
  village: CraftVillageDto;
  productIds: string[];
  /** The first product's OCOP rating is valid on the fair's days. */
  ocopValid: boolean;
  ocopRated: boolean;
}

/** Prices vary a little from one workshop to the next; whole thousands of đồng. */
const vary = (price: number, index: number) =>
  String(Math.round((price * (0.9 + 0.05 * (index % 6))) / 5_000) * 5_000);

/**
 * Fills one producer's profile (legal form, tax code, address, craft village, contacts) and
 * catalogue through the exhibitors' services, which check every rule as the API does.
 */
export async function writeDemoProducer(
  s: { producers: ProducersService; products: ProductsService },
  row: DemoProducerRow,
  index: number,
  village: CraftVillageDto,
  identity: DemoIdentity,
  today: string,
): Promise<DemoCatalogue> {
  const { spec } = row;
  const place = DEMO_VILLAGES[spec.village];
  const office =
    spec.legalForm === 'cooperative'
      ? 'Văn phòng HTX'
      : spec.legalForm === 'enterprise'
        ? 'Phòng kinh doanh'
        : null;
  const street = place.places[index % Math.max(place.places.length, 1)];
  await s.producers.update(row.producerId, {
    legalNameVi: spec.nameVi,
    legalNameEn: spec.nameEn ?? null,
    legalForm: spec.legalForm,
    taxCode: identity.taxCode,
    ...(place.communeCode
      ? {
          address: {
            provinceCode: village.provinceCode,
            communeCode: place.communeCode,
            detail: `Số ${3 + ((index * 7) % 90)}, ${street}`,
            formerAddress: `${street[0].toUpperCase()}${street.slice(1)}, ${place.former}`,
          },
        }
      : {}),
    craftVillageId: village.id,
    contacts: [
      { name: spec.person, title: spec.title, phone: identity.mobile, email: row.email },
      ...(office ? [{ name: office, title: null, phone: identity.landline, email: null }] : []),
    ],
    published: !spec.unpublished,
  });

  const templates = DEMO_PRODUCTS[village.craftCategory] ?? [];
  const productIds: string[] = [];
  for (let i = 0; i < Math.min(spec.products, templates.length); i++) {
    const t = templates[((spec.first ?? 0) + i) % templates.length];
    const rated = i === 0 && spec.ocop;
    const product = await s.products.create(row.producerId, {
      nameVi: t.nameVi,
      nameEn: t.nameEn,
      category: t.category,
      materials: t.materials,
      dimensionsText: t.dimensionsText,
      widthCm: t.widthCm ?? null,
      depthCm: t.depthCm ?? null,
      heightCm: t.heightCm ?? null,
      priceMin: vary(t.priceMin, index),
      priceMax: vary(t.priceMax, index),
      minOrderQuantity: t.minOrderQuantity,
      // 3–5 star certificates run 36 months; an expired one no longer counts.
      ocop: rated
        ? {
            stars: rated.stars,
            expiresOn: addDays(today, rated.expired ? -40 : 120 + 150 * rated.stars),
          }
        : null,
      sampleAvailable: i === 0 || (i === 1 && index % 2 === 0),
      published: !spec.unpublished,
    });
    productIds.push(product.id);
  }
  return {
    village,
    productIds,
    ocopRated: !!spec.ocop,
    ocopValid: !!spec.ocop && !spec.ocop.expired,
  };
}
