import type { ExportColumn, Texts } from '@hoicho/platform';
import type { CheckInExportRow, VisitorExportRow } from './invitation-export.repository';

const SEGMENTS: Record<string, Texts> = {
  buyer: { vi: 'Người mua', en: 'Buyer' },
  press: { vi: 'Báo chí', en: 'Press' },
  vip: { vi: 'Khách mời VIP', en: 'VIP' },
  public: { vi: 'Khách tham quan', en: 'Public' },
};
const SOURCES: Record<string, Texts> = {
  import: { vi: 'Nhập tệp', en: 'Import' },
  manual: { vi: 'Nhập tay', en: 'Manual' },
  self_registration: { vi: 'Tự đăng ký', en: 'Self-registration' },
};

const segment = <Row extends { segment: string | null }>(lang: keyof Texts): ExportColumn<Row> => ({
  header: { vi: 'Nhóm', en: 'Segment' },
  type: 'text',
  value: (r) => (r.segment ? (SEGMENTS[r.segment]?.[lang] ?? r.segment) : null),
});

export const visitorColumns = (lang: keyof Texts): ExportColumn<VisitorExportRow>[] => [
  { header: { vi: 'Họ tên', en: 'Name' }, type: 'text', value: (r) => r.name, width: 30 },
  {
    header: { vi: 'Đơn vị', en: 'Organisation' },
    type: 'text',
    value: (r) => r.organisation,
    width: 30,
  },
  { header: { vi: 'Email', en: 'Email' }, type: 'text', value: (r) => r.email, width: 30 },
  { header: { vi: 'Điện thoại', en: 'Phone' }, type: 'text', value: (r) => r.phone },
  { header: { vi: 'Quốc gia', en: 'Country' }, type: 'text', value: (r) => r.country, width: 10 },
  { header: { vi: 'Ngôn ngữ', en: 'Language' }, type: 'text', value: (r) => r.language, width: 10 },
  segment(lang),
  { header: { vi: 'Thẻ', en: 'Tags' }, type: 'text', value: (r) => r.tags.join(', ') },
  { header: { vi: 'Đồng ý nhận thư', en: 'Consent' }, type: 'boolean', value: (r) => r.consent },
  {
    header: { vi: 'Nguồn', en: 'Source' },
    type: 'text',
    value: (r) => SOURCES[r.source]?.[lang] ?? r.source,
  },
  { header: { vi: 'Thêm lúc', en: 'Added at' }, type: 'datetime', value: (r) => r.createdAt },
];

export const checkInColumns = (lang: keyof Texts): ExportColumn<CheckInExportRow>[] => [
  { header: { vi: 'Vào lúc', en: 'Admitted at' }, type: 'datetime', value: (r) => r.admittedAt },
  { header: { vi: 'Cổng', en: 'Gate' }, type: 'text', value: (r) => r.gate, width: 12 },
  { header: { vi: 'Ngoại tuyến', en: 'Offline' }, type: 'boolean', value: (r) => r.offline },
  { header: { vi: 'Họ tên', en: 'Name' }, type: 'text', value: (r) => r.name, width: 30 },
  {
    header: { vi: 'Đơn vị', en: 'Organisation' },
    type: 'text',
    value: (r) => r.organisation,
    width: 30,
  },
  { header: { vi: 'Email', en: 'Email' }, type: 'text', value: (r) => r.email, width: 30 },
  segment(lang),
  { header: { vi: 'Quốc gia', en: 'Country' }, type: 'text', value: (r) => r.country, width: 10 },
  { header: { vi: 'Khách đi cùng', en: 'Guests' }, type: 'number', value: (r) => r.guests },
];
