import { searchKey } from '@hoicho/platform/domain';

export type VisitorField =
  | 'name'
  | 'email'
  | 'organisation'
  | 'phone'
  | 'country'
  | 'language'
  | 'segment'
  | 'tags'
  | 'consent';

export const REQUIRED_FIELDS: readonly VisitorField[] = ['name', 'email'];

/**
 * Header names people actually type, compared through headerKey (no diacritics, lower case,
 * punctuation as spaces), so "Họ và tên (*)", "HO VA TEN" and "họ-và-tên" all match. The first
 * alias of each field is the one shown in error messages.
 */
export const HEADER_ALIASES: Record<VisitorField, readonly string[]> = {
  name: [
    'Họ và tên',
    'Họ tên',
    'Tên',
    'Tên khách',
    'Name',
    'Full name',
    'Fullname',
    'Contact name',
  ],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Email address', 'Mail'],
  organisation: [
    'Tổ chức',
    'Đơn vị',
    'Cơ quan',
    'Công ty',
    'Doanh nghiệp',
    'Tên đơn vị',
    'Tên công ty',
    'Organisation',
    'Organization',
    'Company',
  ],
  phone: [
    'Điện thoại',
    'Số điện thoại',
    'SĐT',
    'ĐT',
    'Di động',
    'Số di động',
    'Điện thoại di động',
    'Phone',
    'Phone number',
    'Mobile',
    'Tel',
    'Telephone',
  ],
  country: ['Quốc gia', 'Nước', 'Quốc tịch', 'Country', 'Nationality'],
  language: ['Ngôn ngữ', 'Language', 'Lang'],
  segment: ['Phân loại', 'Nhóm', 'Loại khách', 'Đối tượng', 'Segment', 'Category'],
  tags: ['Thẻ', 'Tags', 'Tag', 'Nhãn', 'Từ khóa'],
  consent: ['Đồng ý', 'Đồng ý nhận thư', 'Consent'],
};

/** Compare key for a header cell: diacritics, đ, case and punctuation do not matter. */
export function headerKey(header: string): string {
  return searchKey(header.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

const FIELD_BY_KEY = new Map<string, VisitorField>(
  (Object.entries(HEADER_ALIASES) as [VisitorField, readonly string[]][]).flatMap(
    ([field, aliases]) => aliases.map((alias) => [headerKey(alias), field] as const),
  ),
);

export type HeaderResolution =
  { ok: true; columns: Partial<Record<VisitorField, number>> } | { ok: false; message: string };

/** Maps header cells to fields; unknown columns are ignored so people can keep their notes. */
export function resolveHeader(cells: readonly string[]): HeaderResolution {
  const columns: Partial<Record<VisitorField, number>> = {};
  for (const [index, cell] of cells.entries()) {
    const field = FIELD_BY_KEY.get(headerKey(cell));
    if (!field) continue;
    const earlier = columns[field];
    if (earlier !== undefined) {
      return {
        ok: false,
        message: `Columns "${cells[earlier].trim()}" and "${cell.trim()}" both mean ${field}; keep one of them.`,
      };
    }
    columns[field] = index;
  }

  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const wanted = missing
      .map((field) => `${field} (${HEADER_ALIASES[field].map((a) => `"${a}"`).join(', ')})`)
      .join('; ');
    const found = cells.filter((c) => c.trim() !== '').map((c) => `"${c.trim()}"`);
    return {
      ok: false,
      message: `Missing required column: ${wanted}. Found: ${found.join(', ') || 'no header'}.`,
    };
  }
  return { ok: true, columns };
}
