import type { ExportColumn, Texts } from '@hoicho/platform';
import type { ApplicationExportRow } from './application-export.repository';

type Column = ExportColumn<ApplicationExportRow & { programme: string | null; statusText: string }>;

export const APPLICATION_STATUS_TEXTS: Record<string, Texts> = {
  submitted: { vi: 'Chờ xét', en: 'Submitted' },
  approved: { vi: 'Được duyệt', en: 'Approved' },
  rejected: { vi: 'Không được duyệt', en: 'Rejected' },
  waitlisted: { vi: 'Danh sách chờ', en: 'Waitlisted' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

const LEGAL_FORMS: Record<string, Texts> = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  household_business: { vi: 'Hộ kinh doanh', en: 'Household business' },
};

const reference: Column = {
  header: { vi: 'Mã hồ sơ', en: 'Reference' },
  type: 'text',
  value: (r) => r.reference,
  width: 16,
};
const producer: Column = {
  header: { vi: 'Đơn vị', en: 'Producer' },
  type: 'text',
  value: (r) => r.producerName,
  width: 36,
};
const status: Column = {
  header: { vi: 'Trạng thái', en: 'Status' },
  type: 'text',
  value: (r) => r.statusText,
};

/** The applications export: what each producer asked for. */
export const applicationColumns = (lang: keyof Texts): Column[] => [
  reference,
  producer,
  {
    header: { vi: 'Loại hình', en: 'Legal form' },
    type: 'text',
    value: (r) => (r.legalForm ? LEGAL_FORMS[r.legalForm]?.[lang] : null),
  },
  { header: { vi: 'Làng nghề', en: 'Craft village' }, type: 'text', value: (r) => r.craftVillage },
  { header: { vi: 'Nghề', en: 'Craft' }, type: 'text', value: (r) => r.craft },
  { header: { vi: 'Sao OCOP', en: 'OCOP stars' }, type: 'number', value: (r) => r.ocopStars },
  { header: { vi: 'Số gian', en: 'Booths wanted' }, type: 'number', value: (r) => r.boothsWanted },
  {
    header: { vi: 'Muốn gian góc', en: 'Wants a corner' },
    type: 'boolean',
    value: (r) => r.wantsCorner,
  },
  { header: { vi: 'Cần điện', en: 'Needs power' }, type: 'boolean', value: (r) => r.needsPower },
  { header: { vi: 'Cần nước', en: 'Needs water' }, type: 'boolean', value: (r) => r.needsWater },
  {
    header: { vi: 'Lần đầu tham gia', en: 'First participation' },
    type: 'boolean',
    value: (r) => r.firstParticipation,
  },
  {
    header: { vi: 'Chương trình hỗ trợ', en: 'Support programme' },
    type: 'text',
    value: (r) => r.programme,
    width: 30,
  },
  status,
  { header: { vi: 'Nộp lúc', en: 'Submitted at' }, type: 'datetime', value: (r) => r.submittedAt },
];

/** The decisions and fees export: each decision and what is owed and paid, in đồng. */
export const decisionColumns = (): Column[] => [
  reference,
  producer,
  status,
  {
    header: { vi: 'Lý do', en: 'Reason' },
    type: 'text',
    value: (r) => r.decisionReason,
    width: 40,
  },
  {
    header: { vi: 'Quyết định lúc', en: 'Decided at' },
    type: 'datetime',
    value: (r) => r.decidedAt,
  },
  {
    header: { vi: 'Gửi thư lúc', en: 'Letter sent at' },
    type: 'datetime',
    value: (r) => r.releasedAt,
  },
  {
    header: { vi: 'Phí gian hàng (đ)', en: 'Booth fee (VND)' },
    type: 'money',
    value: (r) => r.fee,
  },
  { header: { vi: 'Hỗ trợ (đ)', en: 'Subsidy (VND)' }, type: 'money', value: (r) => r.subsidy },
  {
    header: { vi: 'Phải nộp (đ)', en: 'Amount due (VND)' },
    type: 'money',
    value: (r) => r.amountDue,
  },
  { header: { vi: 'Đặt cọc (đ)', en: 'Deposit (VND)' }, type: 'money', value: (r) => r.deposit },
  { header: { vi: 'Đã nộp (đ)', en: 'Paid (VND)' }, type: 'money', value: (r) => r.amountPaid },
];
