import { DossierBeneficiary, dmy } from './support-dossier';

/** One column of a programme's beneficiary table, in the XLSX and the PDF alike. */
export interface DossierColumn {
  header: string;
  /** Amounts and counts are numbers (number cells in XLSX, right-aligned in the PDF). */
  value: (b: DossierBeneficiary, index: number) => string | number | bigint;
  width: number;
}

/** Subsidy for one subsidised booth (the unit's grant spread over its subsidised booths). */
export const perBooth = (b: DossierBeneficiary): bigint =>
  b.subsidisedBooths > 0 ? b.subsidy / BigInt(b.subsidisedBooths) : 0n;

const IDENTIFIER = { tax_code: 'MST', cccd: 'CCCD', none: '' } as const;

export const DOSSIER_COLUMNS: DossierColumn[] = [
  { header: 'STT', value: (_, i) => i + 1, width: 5 },
  { header: 'Mã hồ sơ', value: (b) => b.reference, width: 15 },
  { header: 'Đơn vị', value: (b) => b.producerName, width: 30 },
  { header: 'Loại hình', value: (b) => b.legalForm, width: 14 },
  {
    header: 'Mã số thuế / CCCD',
    value: (b) => (b.identifier ? `${IDENTIFIER[b.identifierKind]} ${b.identifier}` : ''),
    width: 22,
  },
  { header: 'Làng nghề', value: (b) => b.craftVillage ?? '', width: 20 },
  {
    header: 'Làng nghề được công nhận',
    value: (b) => (b.craftVillage ? (b.villageRecognised ? 'Có' : 'Không') : ''),
    width: 12,
  },
  { header: 'Xã/phường', value: (b) => b.commune ?? '', width: 16 },
  { header: 'Tỉnh/thành phố', value: (b) => b.province ?? '', width: 14 },
  { header: 'Sao OCOP', value: (b) => (b.ocop ? b.ocop.stars : ''), width: 8 },
  { header: 'Hạn chứng nhận OCOP', value: (b) => dmy(b.ocop?.expiresOn ?? null), width: 12 },
  { header: 'Số gian', value: (b) => b.booths, width: 8 },
  { header: 'Số gian được hỗ trợ', value: (b) => b.subsidisedBooths, width: 10 },
  { header: 'Phí gian hàng (đ)', value: (b) => b.fee, width: 14 },
  { header: 'Hỗ trợ mỗi gian (đ)', value: perBooth, width: 14 },
  { header: 'Hỗ trợ cho đơn vị (đ)', value: (b) => b.subsidy, width: 14 },
];
