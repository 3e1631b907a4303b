import type { LegalForm } from '@hoicho/exhibitors';

/** The demo fair's facts: venue, zones by craft, booth types and support programmes. */

export const DEMO_VENUE = {
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
};

export interface DemoZone {
  code: string;
  nameVi: string;
  nameEn: string;
  hall: string;
  colour: string;
  /** Booth codes start with this: … */
  prefix: string;
  /** Standard booths: two back-to-back rows of this many. */
  columns: number;
  /** Two premium 6×3 m booths by the entrance. */
  premium: boolean;
}

export const DEMO_ZONES: DemoZone[] = [
  {
    code: 'may-tre-dan',
    nameVi: 'Mây tre đan',
    nameEn: 'Rattan and bamboo',
    hall: 'Sảnh A',
    colour: '#ead9a8',
    prefix: 'A-',
    columns: 10,
    premium: true,
  },
  {
    code: 'gom-su',
    nameVi: 'Gốm sứ',
    nameEn: 'Ceramics',
    hall: 'Sảnh A',
    colour: '#bcd4ec',
    prefix: 'B-',
    columns: 10,
    premium: true,
  },
  {
    code: 'lua-det',
    nameVi: 'Lụa – dệt',
    nameEn: 'Silk and weaving',
    hall: 'Sảnh A',
    colour: '#f2c6cf',
    prefix: 'C-',
    columns: 10,
    premium: true,
  },
  {
    code: 'son-mai-kham-trai',
    nameVi: 'Sơn mài – khảm trai',
    nameEn: 'Lacquer and mother-of-pearl',
    hall: 'Sảnh B',
    colour: '#dcb995',
    prefix: 'D-',
    columns: 8,
    premium: false,
  },
  {
    code: 'tuong-go-my-nghe',
    nameVi: 'Tượng gỗ – mỹ nghệ',
    nameEn: 'Wood carving and fine crafts',
    hall: 'Sảnh B',
    colour: '#bcd6ac',
    prefix: 'E-',
    columns: 8,
    premium: true,
  },
];

export const STANDARD = 'tieu-chuan';
export const CORNER = 'goc';
export const PREMIUM = 'cao-cap';

export const DEMO_BOOTH_TYPES = [
  {
    code: STANDARD,
    nameVi: 'Gian tiêu chuẩn 3×3 m',
    nameEn: 'Standard booth 3×3 m',
    widthM: 3,
    depthM: 3,
    price: '12000000',
  },
  {
    code: CORNER,
    nameVi: 'Gian góc (đảo) 3×3 m, hai mặt thoáng',
    nameEn: 'Corner (island) booth 3×3 m, open on two sides',
    widthM: 3,
    depthM: 3,
    price: '14500000',
  },
  {
    code: PREMIUM,
    nameVi: 'Gian cao cấp 6×3 m gần lối vào',
    nameEn: 'Premium booth 6×3 m by the entrance',
    widthM: 6,
    depthM: 3,
    price: '26000000',
  },
];

/** The support programmes; `year` is the fair's. */
export const demoProgrammes = (year: number) => ({
  khuyenCong: {
    nameVi: `Hỗ trợ khuyến công làng nghề Hà Nội ${year}`,
    nameEn: `Hanoi craft-village industrial promotion support ${year}`,
    ratePercent: 50,
    maxBoothsPerProducer: 2,
    capPerBooth: null,
    capPerProducer: '10000000',
    totalBudget: '150000000',
    requireRecognisedCraftVillage: true,
    minOcopStars: null,
    allowedLegalForms: [] as LegalForm[],
  },
  ocop: {
    nameVi: `Hỗ trợ gian hàng sản phẩm OCOP ${year}`,
    nameEn: `OCOP product booth support ${year}`,
    ratePercent: 50,
    maxBoothsPerProducer: 2,
    capPerBooth: null,
    capPerProducer: null,
    totalBudget: '72000000',
    requireRecognisedCraftVillage: false,
    minOcopStars: 3,
    allowedLegalForms: [] as LegalForm[],
  },
});
