import type { LegalForm } from '@hoicho/exhibitors';

/*
 * The demo fair's facts: a Hà Nội craft-village fair with zones by craft, producers from the
 * villages of the reference data (migration 1795800200000, DOMAIN.md) and their catalogues.
 * Names of organisations and people are invented; villages, crafts and communes are real.
 */

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

export interface DemoVillage {
  /** Its zone in the fair. */
  zone: string;
  /** Commune code from the reference data; null where it has none yet (producers then have no address). */
  communeCode: string | null;
  /** Hamlets and streets for the address detail, written as they follow a house number. */
  places: string[];
  /** The address before July 2025, as older certificates print it. */
  former: string | null;
  /** Domain of the demo members' email addresses. */
  mail: string;
}

/** Keyed by the village's name in the reference data. */
export const DEMO_VILLAGES: Record<string, DemoVillage> = {
  'Phú Vinh': {
    zone: 'may-tre-dan',
    communeCode: '10183',
    places: ['thôn Phú Vinh', 'xóm Chợ, thôn Phú Vinh', 'xóm Đình, thôn Phú Vinh'],
    former: 'xã Phú Nghĩa, huyện Chương Mỹ, Hà Nội',
    mail: 'phuvinh.local',
  },
  Chuông: {
    zone: 'may-tre-dan',
    communeCode: null,
    places: [],
    former: null,
    mail: 'nonchuong.local',
  },
  'Thạch Xá': {
    zone: 'may-tre-dan',
    communeCode: null,
    places: [],
    former: null,
    mail: 'thachxa.local',
  },
  'Bát Tràng': {
    zone: 'gom-su',
    communeCode: '00574',
    places: ['thôn Bát Tràng', 'thôn Giang Cao', 'xóm 3, thôn Bát Tràng', 'chợ gốm Bát Tràng'],
    former: 'xã Bát Tràng, huyện Gia Lâm, Hà Nội',
    mail: 'battrang.local',
  },
  'Vạn Phúc': {
    zone: 'lua-det',
    communeCode: '09552',
    places: ['làng lụa Vạn Phúc', 'phố Vạn Phúc', 'tổ dân phố 5, Vạn Phúc'],
    former: 'phường Vạn Phúc, quận Hà Đông, Hà Nội',
    mail: 'vanphuc.local',
  },
  'Quất Động': {
    zone: 'lua-det',
    communeCode: '10351',
    places: ['thôn Quất Động'],
    former: 'xã Quất Động, huyện Thường Tín, Hà Nội',
    mail: 'quatdong.local',
  },
  'Hạ Thái': {
    zone: 'son-mai-kham-trai',
    communeCode: '10351',
    places: ['thôn Hạ Thái', 'xóm Giữa, thôn Hạ Thái'],
    former: 'xã Duyên Thái, huyện Thường Tín, Hà Nội',
    mail: 'hathai.local',
  },
  'Chuyên Mỹ': {
    zone: 'son-mai-kham-trai',
    communeCode: '10441',
    places: ['thôn Chuôn Ngọ', 'xóm Đình, thôn Chuôn Ngọ'],
    former: 'xã Chuyên Mỹ, huyện Phú Xuyên, Hà Nội',
    mail: 'chuyenmy.local',
  },
  'Sơn Đồng': {
    zone: 'tuong-go-my-nghe',
    communeCode: '09982',
    places: ['thôn Sơn Đồng', 'xóm Chùa, thôn Sơn Đồng'],
    former: 'xã Sơn Đồng, huyện Hoài Đức, Hà Nội',
    mail: 'sondong.local',
  },
  'Quảng Phú Cầu': {
    zone: 'tuong-go-my-nghe',
    communeCode: '10522',
    places: ['thôn Cao Xá Thượng', 'thôn Phú Lương Thượng'],
    former: 'xã Quảng Phú Cầu, huyện Ứng Hòa, Hà Nội',
    mail: 'quangphucau.local',
  },
  'Ngũ Xá': {
    zone: 'tuong-go-my-nghe',
    communeCode: '00004',
    places: ['phố Ngũ Xá'],
    former: 'phường Trúc Bạch, quận Ba Đình, Hà Nội',
    mail: 'nguxa.local',
  },
  'Đình Công': {
    zone: 'tuong-go-my-nghe',
    communeCode: null,
    places: [],
    former: null,
    mail: 'dinhcong.local',
  },
  'Chàng Sơn': {
    zone: 'tuong-go-my-nghe',
    communeCode: null,
    places: [],
    former: null,
    mail: 'changson.local',
  },
};

export interface DemoProductTemplate {
  nameVi: string;
  nameEn: string;
  category: string;
  materials: string[];
  dimensionsText: string;
  widthCm?: number;
  depthCm?: number;
  heightCm?: number;
  /** đồng */
  priceMin: number;
  priceMax: number;
  minOrderQuantity: number;
}

const p = (
  nameVi: string,
  nameEn: string,
  category: string,
  materials: string[],
  dimensionsText: string,
  [priceMin, priceMax]: [number, number],
  minOrderQuantity: number,
  size: { widthCm?: number; depthCm?: number; heightCm?: number } = {},
): DemoProductTemplate => ({
  nameVi,
  nameEn,
  category,
  materials,
  dimensionsText,
  priceMin,
  priceMax,
  minOrderQuantity,
  ...size,
});

/** Catalogue items by craft category (the codes of the reference data). */
// prettier-ignore
export const DEMO_PRODUCTS: Record<string, DemoProductTemplate[]> = {
  'may-tre-dan': [
    p('Chao đèn mây đan', 'Woven rattan lamp shade', 'Đèn, chao đèn', ['mây'], 'Ø 40 cm, cao 30 cm', [350_000, 550_000], 50, { widthCm: 40, heightCm: 30 }),
    p('Khay mây đan tròn', 'Round woven rattan tray', 'Đồ gia dụng', ['mây', 'tre'], 'Ø 35 cm, cao 6 cm', [120_000, 180_000], 100, { widthCm: 35, heightCm: 6 }),
    p('Giỏ tre đựng đồ có nắp', 'Lidded bamboo storage basket', 'Giỏ, làn', ['tre', 'vải lót cotton'], '30 × 30 × 25 cm', [150_000, 260_000], 100, { widthCm: 30, depthCm: 30, heightCm: 25 }),
    p('Túi cói đan tay', 'Hand-woven sedge bag', 'Túi, thời trang', ['cói', 'quai da'], '35 × 12 × 28 cm', [180_000, 320_000], 50, { widthCm: 35, depthCm: 12, heightCm: 28 }),
    p('Ghế mây thư giãn', 'Rattan lounge chair', 'Nội thất', ['mây', 'khung gỗ keo'], '70 × 80 × 90 cm', [2_800_000, 4_200_000], 10, { widthCm: 70, depthCm: 80, heightCm: 90 }),
    p('Bộ 3 giỏ lục bình', 'Set of 3 water hyacinth baskets', 'Giỏ, làn', ['lục bình', 'khung sắt sơn tĩnh điện'], 'Ø 30/35/40 cm', [220_000, 380_000], 50),
    p('Bình hoa tre uốn', 'Bent bamboo flower vase', 'Trang trí', ['tre', 'ống thủy tinh'], 'cao 45 cm', [160_000, 240_000], 100, { heightCm: 45 }),
  ],
  'non-la': [
    p('Nón lá làng Chuông', 'Chuông village conical hat', 'Nón, mũ', ['lá cọ', 'tre', 'chỉ cước'], 'Ø 41 cm', [60_000, 150_000], 100, { widthCm: 41 }),
    p('Nón lá thêu hoa sen', 'Conical hat with embroidered lotus', 'Nón, mũ', ['lá cọ', 'tre', 'chỉ thêu'], 'Ø 41 cm', [180_000, 350_000], 30, { widthCm: 41 }),
  ],
  'do-choi-dan-gian': [
    p('Chuồn chuồn tre thăng bằng', 'Balancing bamboo dragonfly', 'Đồ chơi', ['tre', 'sơn nước'], 'sải cánh 18 cm', [15_000, 35_000], 200, { widthCm: 18 }),
    p('Bộ chuồn chuồn tre hộp quà', 'Bamboo dragonfly gift box (5 pieces)', 'Quà tặng', ['tre', 'sơn nước', 'hộp giấy kraft'], 'hộp 25 × 20 × 5 cm', [120_000, 180_000], 50),
  ],
  'gom-su': [
    p('Bình hút lộc men lam', 'Blue-glaze fortune jar', 'Bình, lọ', ['đất sét trắng', 'men lam'], 'cao 30 cm', [450_000, 1_200_000], 20, { heightCm: 30 }),
    p('Bộ ấm chén men rạn', 'Crackle-glaze tea set (1 pot, 6 cups)', 'Đồ dùng bàn ăn', ['gốm', 'men rạn'], 'ấm 0,6 l, 6 chén', [550_000, 950_000], 30),
    p('Lọ hoa men hỏa biến', 'Flambé-glaze flower vase', 'Bình, lọ', ['gốm', 'men hỏa biến'], 'cao 35 cm', [380_000, 850_000], 20, { heightCm: 35 }),
    p('Bộ bát đĩa men lam vẽ tay', 'Hand-painted blue dinner set (22 pieces)', 'Đồ dùng bàn ăn', ['sứ', 'men lam'], '22 món', [1_200_000, 2_500_000], 10),
    p('Đĩa trang trí vẽ phố cổ', 'Decorative plate painted with the Old Quarter', 'Trang trí', ['gốm', 'men màu'], 'Ø 32 cm', [280_000, 600_000], 20, { widthCm: 32 }),
    p('Đèn ngủ gốm thấu quang', 'Translucent porcelain night lamp', 'Đèn, chao đèn', ['sứ', 'đế gỗ', 'đèn LED'], 'cao 22 cm', [420_000, 780_000], 30, { heightCm: 22 }),
  ],
  lua: [
    p('Khăn lụa tơ tằm Vạn Phúc', 'Van Phuc mulberry silk scarf', 'Khăn', ['tơ tằm'], '180 × 50 cm', [250_000, 650_000], 20, { widthCm: 180, depthCm: 50 }),
    p('Lụa vân hoa (theo mét)', 'Patterned silk fabric (per metre)', 'Vải', ['tơ tằm'], 'khổ 90 cm', [180_000, 350_000], 50, { widthCm: 90 }),
    p('Áo dài lụa may đo', 'Tailored silk áo dài', 'Thời trang', ['lụa tơ tằm'], 'may theo số đo', [1_800_000, 3_500_000], 5),
    p('Cà vạt lụa dệt hoa văn', 'Woven pattern silk tie', 'Phụ kiện', ['tơ tằm'], '148 × 8 cm', [180_000, 300_000], 30),
    p('Vải đũi tơ tằm', 'Raw silk (đũi) fabric', 'Vải', ['tơ đũi'], 'khổ 110 cm', [150_000, 280_000], 50, { widthCm: 110 }),
  ],
  theu: [
    p('Tranh thêu tay phong cảnh làng quê', 'Hand-embroidered village landscape', 'Tranh', ['chỉ tơ', 'vải lụa', 'khung gỗ'], '60 × 40 cm', [1_500_000, 6_000_000], 1, { widthCm: 60, heightCm: 40 }),
    p('Khăn trải bàn thêu chữ thập', 'Cross-stitch embroidered tablecloth', 'Đồ gia dụng', ['vải lanh', 'chỉ cotton'], '150 × 220 cm', [450_000, 1_200_000], 10, { widthCm: 150, depthCm: 220 }),
    p('Gối tựa thêu hoa sen', 'Lotus-embroidered cushion cover', 'Đồ gia dụng', ['vải lanh', 'chỉ tơ'], '45 × 45 cm', [150_000, 280_000], 30, { widthCm: 45, heightCm: 45 }),
  ],
  'son-mai': [
    p('Tranh sơn mài phong cảnh Hồ Gươm', 'Lacquer painting of Hoàn Kiếm Lake', 'Tranh', ['sơn ta', 'vỏ trứng', 'vàng quỳ', 'gỗ'], '80 × 60 cm', [3_500_000, 15_000_000], 1, { widthCm: 80, heightCm: 60 }),
    p('Hộp sơn mài đựng trang sức', 'Lacquer jewellery box', 'Hộp', ['gỗ', 'sơn ta', 'vỏ trứng'], '20 × 15 × 8 cm', [250_000, 450_000], 50, { widthCm: 20, depthCm: 15, heightCm: 8 }),
    p('Bình sơn mài vẽ sen', 'Lacquer vase with lotus', 'Bình, lọ', ['tre ép', 'sơn ta'], 'cao 40 cm', [600_000, 1_500_000], 20, { heightCm: 40 }),
    p('Khay sơn mài chữ nhật', 'Rectangular lacquer tray', 'Đồ gia dụng', ['gỗ', 'sơn ta'], '40 × 30 cm', [200_000, 380_000], 50, { widthCm: 40, depthCm: 30 }),
  ],
  'kham-trai': [
    p('Tranh khảm trai Văn Miếu', 'Mother-of-pearl inlaid picture of the Temple of Literature', 'Tranh', ['gỗ gụ', 'xà cừ', 'vỏ trai'], '100 × 60 cm', [4_500_000, 12_000_000], 1, { widthCm: 100, heightCm: 60 }),
    p('Hộp trà khảm trai', 'Inlaid mother-of-pearl tea caddy', 'Hộp', ['gỗ hương', 'xà cừ'], '12 × 12 × 15 cm', [300_000, 650_000], 30, { widthCm: 12, depthCm: 12, heightCm: 15 }),
    p('Khay khảm ốc hoa văn', 'Shell-inlaid patterned tray', 'Đồ gia dụng', ['gỗ', 'vỏ ốc', 'sơn ta'], '45 × 30 cm', [450_000, 900_000], 20, { widthCm: 45, depthCm: 30 }),
    p('Bàn trà khảm trai', 'Mother-of-pearl inlaid tea table', 'Nội thất', ['gỗ gụ', 'xà cừ'], '120 × 60 × 45 cm', [18_000_000, 35_000_000], 1, { widthCm: 120, depthCm: 60, heightCm: 45 }),
  ],
  'tuong-go': [
    p('Tượng Phật Di Lặc gỗ mít', 'Jackfruit-wood Maitreya statue', 'Tượng', ['gỗ mít', 'sơn son thếp vàng'], 'cao 60 cm', [6_500_000, 18_000_000], 1, { heightCm: 60 }),
    p('Tượng Quan Âm Bồ Tát', 'Guanyin statue', 'Tượng', ['gỗ mít', 'sơn ta'], 'cao 80 cm', [9_000_000, 25_000_000], 1, { heightCm: 80 }),
    p('Ngai thờ sơn son thếp vàng', 'Gilded altar throne', 'Đồ thờ', ['gỗ mít', 'sơn son', 'vàng quỳ'], '50 × 40 × 70 cm', [7_500_000, 16_000_000], 1, { widthCm: 50, depthCm: 40, heightCm: 70 }),
    p('Câu đối gỗ chạm chữ', 'Carved wooden couplet boards', 'Đồ thờ', ['gỗ vàng tâm', 'sơn son'], '2 tấm 160 × 25 cm', [4_000_000, 9_000_000], 1),
    p('Tượng chú tiểu gỗ', 'Little monk figurine', 'Tượng', ['gỗ hương'], 'cao 15 cm', [250_000, 450_000], 20, { heightCm: 15 }),
  ],
  huong: [
    p('Hương trầm nén thủ công', 'Handmade agarwood incense sticks', 'Hương', ['bột trầm', 'tăm tre', 'keo bời lời'], 'bó 500 g, dài 38 cm', [45_000, 120_000], 100),
    p('Hương quế không hóa chất', 'Chemical-free cinnamon incense', 'Hương', ['bột quế', 'tăm tre', 'keo bời lời'], 'hộp 300 g', [35_000, 80_000], 100),
    p('Nụ trầm hương', 'Agarwood incense cones', 'Hương', ['bột trầm', 'keo bời lời'], 'hộp 100 nụ', [60_000, 150_000], 50),
  ],
  'duc-dong': [
    p('Lư hương đồng vàng', 'Brass incense burner', 'Đồ thờ', ['đồng vàng'], 'cao 45 cm', [3_500_000, 9_000_000], 1, { heightCm: 45 }),
    p('Tượng đồng Thánh Gióng', 'Bronze statue of Saint Gióng', 'Tượng', ['đồng đỏ'], 'cao 50 cm', [8_000_000, 20_000_000], 1, { heightCm: 50 }),
  ],
  bac: [
    p('Vòng tay bạc chạm hoa văn', 'Carved silver bracelet', 'Trang sức', ['bạc 925'], 'Ø 6 cm', [450_000, 1_200_000], 10, { widthCm: 6 }),
    p('Bộ khay chén bạc', 'Silver tray and cup set', 'Đồ dùng bàn ăn', ['bạc 925', 'gỗ'], 'khay 30 × 20 cm, 6 chén', [6_500_000, 14_000_000], 1),
  ],
  quat: [
    p('Quạt giấy dó Chàng Sơn', 'Chàng Sơn dó-paper fan', 'Quạt', ['giấy dó', 'nan tre'], 'dài 23 cm', [20_000, 60_000], 100),
    p('Quạt lụa vẽ tay', 'Hand-painted silk fan', 'Quạt', ['lụa', 'nan tre'], 'dài 27 cm', [80_000, 150_000], 50),
  ],
};

export interface DemoProducer {
  /** The local part of the member's email. */
  mail: string;
  village: keyof typeof DEMO_VILLAGES;
  legalForm: LegalForm;
  nameVi: string;
  nameEn?: string;
  /** The member who signs in, and the profile's contact. */
  person: string;
  title: string;
  /** Products from the craft's templates (1–3), starting at `first`. */
  products: 1 | 2 | 3;
  first?: number;
  /** An OCOP rating on the first product; `expired` puts its expiry in the past. */
  ocop?: { stars: 3 | 4 | 5; expired?: boolean };
  /** Booths wanted and the accepted types, first one priced (default 1 standard). */
  booths?: number;
  types?: string[];
  corner?: boolean;
  locale?: 'en';
  /** Not yet shown in the public catalogue. */
  unpublished?: boolean;
  /** A branch suffix on the tax code (a branch of a company registered elsewhere). */
  branch?: string;
}

/** The producer the first demo run always had: its login is printed by the banner. */
export const PHU_VINH_HTX: DemoProducer = {
  mail: 'htx',
  village: 'Phú Vinh',
  legalForm: 'cooperative',
  nameVi: 'Hợp tác xã Mây tre đan Phú Vinh',
  nameEn: 'Phu Vinh Rattan and Bamboo Weaving Cooperative',
  person: 'Nguyễn Văn An',
  title: 'Chủ nhiệm HTX',
  products: 3,
  ocop: { stars: 4 },
  booths: 2,
  types: [CORNER, STANDARD],
  corner: true,
};

// prettier-ignore
export const DEMO_PRODUCERS: DemoProducer[] = [
  // Phú Vinh: rattan and bamboo
  { mail: 'xuatkhau', village: 'Phú Vinh', legalForm: 'enterprise', nameVi: 'Công ty TNHH Mây tre Xuất khẩu Phú Vinh', nameEn: 'Phu Vinh Rattan Export Co., Ltd.', person: 'Trần Thị Hoa', title: 'Giám đốc', products: 3, first: 3, booths: 2, types: [PREMIUM, STANDARD], locale: 'en' },
  { mail: 'haivan', village: 'Phú Vinh', legalForm: 'enterprise', nameVi: 'Công ty TNHH Thủ công Mỹ nghệ Hải Vân', nameEn: 'Hai Van Handicraft Co., Ltd.', person: 'Lê Hải Vân', title: 'Giám đốc', products: 2, first: 1, booths: 2 },
  { mail: 'lucbinh', village: 'Phú Vinh', legalForm: 'cooperative_group', nameVi: 'Tổ hợp tác Đan lục bình Phú Vinh', nameEn: 'Phu Vinh Water Hyacinth Weaving Group', person: 'Đỗ Thị Lan', title: 'Tổ trưởng', products: 2, first: 5 },
  { mail: 'thinhphat', village: 'Phú Vinh', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Mây tre đan Thịnh Phát', person: 'Nguyễn Văn Thịnh', title: 'Chủ hộ kinh doanh', products: 2, first: 2 },
  { mail: 'tuanhuong', village: 'Phú Vinh', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Mây tre Tuấn Hương', person: 'Phạm Văn Tuấn', title: 'Chủ hộ kinh doanh', products: 1, first: 6, unpublished: true },
  { mail: 'vietthai', village: 'Phú Vinh', legalForm: 'enterprise', nameVi: 'Công ty Cổ phần Nội thất Mây Việt Thái', nameEn: 'Viet Thai Rattan Furniture JSC', person: 'Hoàng Minh Đức', title: 'Trưởng phòng kinh doanh', products: 2, first: 4, booths: 2, corner: true, types: [CORNER, STANDARD] },
  { mail: 'nghiaha', village: 'Phú Vinh', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Đan cói Nghĩa Hà', person: 'Vũ Thị Hà', title: 'Chủ hộ kinh doanh', products: 1, first: 3 },
  // Chuông: conical hats; Thạch Xá: bamboo dragonflies
  { mail: 'thuhang', village: 'Chuông', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Nón lá Thu Hằng', person: 'Nguyễn Thị Thu Hằng', title: 'Chủ hộ kinh doanh', products: 2 },
  { mail: 'vanhung', village: 'Thạch Xá', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Chuồn chuồn tre Văn Hùng', person: 'Nguyễn Văn Hùng', title: 'Chủ hộ kinh doanh', products: 2 },
  // Bát Tràng: ceramics
  { mail: 'htx', village: 'Bát Tràng', legalForm: 'cooperative', nameVi: 'Hợp tác xã Gốm sứ Bát Tràng', nameEn: 'Bat Trang Ceramics Cooperative', person: 'Lê Văn Khải', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 5 }, booths: 2, types: [CORNER, STANDARD], corner: true },
  { mail: 'quangvinh', village: 'Bát Tràng', legalForm: 'enterprise', nameVi: 'Công ty TNHH Gốm sứ Quang Vinh', nameEn: 'Quang Vinh Ceramics Co., Ltd.', person: 'Phạm Quang Vinh', title: 'Giám đốc', products: 3, first: 1, ocop: { stars: 4 }, booths: 3, types: [PREMIUM, STANDARD] },
  { mail: 'hongphat', village: 'Bát Tràng', legalForm: 'enterprise', nameVi: 'Công ty Cổ phần Gốm Hồng Phát', nameEn: 'Hong Phat Pottery JSC', person: 'Nguyễn Thị Hồng', title: 'Phó giám đốc', products: 2, first: 2, booths: 2 },
  { mail: 'menlam', village: 'Bát Tràng', legalForm: 'enterprise', nameVi: 'Công ty TNHH Men Lam Cổ Bát Tràng', nameEn: 'Bat Trang Ancient Blue Glaze Co., Ltd.', person: 'Vũ Đức Minh', title: 'Giám đốc', products: 2, first: 3, locale: 'en' },
  { mail: 'ducthanh', village: 'Bát Tràng', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Gốm Đức Thành', person: 'Lê Đức Thành', title: 'Chủ hộ kinh doanh', products: 2, first: 4, ocop: { stars: 3 } },
  { mail: 'vuha', village: 'Bát Tràng', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Gốm men rạn Vũ Hà', person: 'Vũ Thị Thu Hà', title: 'Chủ hộ kinh doanh', products: 1, first: 1 },
  { mail: 'thanglong', village: 'Bát Tràng', legalForm: 'enterprise', nameVi: 'Chi nhánh Công ty Cổ phần Gốm sứ Thăng Long tại Bát Tràng', nameEn: 'Thang Long Porcelain JSC, Bat Trang branch', person: 'Trịnh Văn Long', title: 'Giám đốc chi nhánh', products: 2, first: 5, branch: '001', booths: 2 },
  { mail: 'giangcao', village: 'Bát Tràng', legalForm: 'cooperative_group', nameVi: 'Tổ hợp tác Gốm mỹ nghệ Giang Cao', nameEn: 'Giang Cao Art Pottery Group', person: 'Đặng Văn Cao', title: 'Tổ trưởng', products: 2, first: 2 },
  { mail: 'phamtuan', village: 'Bát Tràng', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Lò gốm Phạm Tuấn', person: 'Phạm Anh Tuấn', title: 'Chủ hộ kinh doanh', products: 1, first: 0, unpublished: true },
  // Vạn Phúc: silk
  { mail: 'htx', village: 'Vạn Phúc', legalForm: 'cooperative', nameVi: 'Hợp tác xã Dệt lụa Vạn Phúc', nameEn: 'Van Phuc Silk Weaving Cooperative', person: 'Triệu Văn Phúc', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 4 }, booths: 2, types: [CORNER, STANDARD], corner: true },
  { mail: 'phucloc', village: 'Vạn Phúc', legalForm: 'enterprise', nameVi: 'Công ty TNHH Lụa tơ tằm Phúc Lộc', nameEn: 'Phuc Loc Mulberry Silk Co., Ltd.', person: 'Nguyễn Thị Lộc', title: 'Giám đốc', products: 2, first: 2, booths: 2, types: [PREMIUM, STANDARD] },
  { mail: 'hadongsilk', village: 'Vạn Phúc', legalForm: 'enterprise', nameVi: 'Công ty TNHH Thời trang Lụa Hà Đông', nameEn: 'Ha Dong Silk Fashion Co., Ltd.', person: 'Bùi Thanh Hương', title: 'Quản lý cửa hàng', products: 2, first: 3 },
  { mail: 'hongminh', village: 'Vạn Phúc', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Lụa Hồng Minh', person: 'Đỗ Hồng Minh', title: 'Chủ hộ kinh doanh', products: 2, first: 0, ocop: { stars: 3, expired: true } },
  { mail: 'vanthang', village: 'Vạn Phúc', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Xưởng dệt Văn Thắng', person: 'Nguyễn Văn Thắng', title: 'Chủ hộ kinh doanh', products: 1, first: 1 },
  { mail: 'theduivanphuc', village: 'Vạn Phúc', legalForm: 'cooperative_group', nameVi: 'Tổ hợp tác Dệt the đũi Vạn Phúc', nameEn: 'Van Phuc Raw Silk Weaving Group', person: 'Lê Thị Nga', title: 'Tổ trưởng', products: 1, first: 4 },
  { mail: 'hathanh', village: 'Vạn Phúc', legalForm: 'enterprise', nameVi: 'Công ty Cổ phần Tơ lụa Hà Thành', nameEn: 'Ha Thanh Silk JSC', person: 'Trần Quốc Bảo', title: 'Giám đốc', products: 3, first: 1, booths: 2, unpublished: true },
  // Quất Động: embroidery
  { mail: 'htx', village: 'Quất Động', legalForm: 'cooperative', nameVi: 'Hợp tác xã Thêu ren Quất Động', nameEn: 'Quat Dong Embroidery Cooperative', person: 'Nguyễn Thị Mai', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 3 } },
  { mail: 'minhnguyet', village: 'Quất Động', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Tranh thêu Minh Nguyệt', person: 'Phạm Minh Nguyệt', title: 'Chủ hộ kinh doanh', products: 1 },
  // Hạ Thái: lacquer
  { mail: 'htx', village: 'Hạ Thái', legalForm: 'cooperative', nameVi: 'Hợp tác xã Sơn mài Hạ Thái', nameEn: 'Ha Thai Lacquer Cooperative', person: 'Đinh Văn Thái', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 4 }, booths: 2 },
  { mail: 'duyenthai', village: 'Hạ Thái', legalForm: 'enterprise', nameVi: 'Công ty TNHH Sơn mài Mỹ nghệ Duyên Thái', nameEn: 'Duyen Thai Lacquerware Co., Ltd.', person: 'Nguyễn Thị Duyên', title: 'Giám đốc', products: 2, first: 1, booths: 2, types: [CORNER, STANDARD], corner: true },
  { mail: 'quangtu', village: 'Hạ Thái', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Tranh sơn mài Quang Tú', person: 'Đinh Quang Tú', title: 'Họa sĩ, chủ hộ kinh doanh', products: 1 },
  { mail: 'sonmaiviet', village: 'Hạ Thái', legalForm: 'enterprise', nameVi: 'Công ty TNHH Nội thất Sơn mài Việt', nameEn: 'Viet Lacquer Interiors Co., Ltd.', person: 'Hoàng Văn Nam', title: 'Trưởng phòng kinh doanh', products: 2, first: 2 },
  // Chuyên Mỹ: mother-of-pearl inlay
  { mail: 'htx', village: 'Chuyên Mỹ', legalForm: 'cooperative', nameVi: 'Hợp tác xã Khảm trai Chuyên Mỹ', nameEn: 'Chuyen My Mother-of-Pearl Inlay Cooperative', person: 'Trần Văn Chuyên', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 4 }, booths: 2 },
  { mail: 'baolong', village: 'Chuyên Mỹ', legalForm: 'enterprise', nameVi: 'Công ty TNHH Khảm trai Mỹ nghệ Bảo Long', nameEn: 'Bao Long Inlay Crafts Co., Ltd.', person: 'Nguyễn Bảo Long', title: 'Giám đốc', products: 2, first: 2, booths: 2, types: [CORNER, STANDARD], corner: true },
  { mail: 'vantoan', village: 'Chuyên Mỹ', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Tranh khảm trai Văn Toản', person: 'Trần Văn Toản', title: 'Chủ hộ kinh doanh', products: 1 },
  { mail: 'khamoc', village: 'Chuyên Mỹ', legalForm: 'cooperative_group', nameVi: 'Tổ hợp tác Khảm ốc Chuyên Mỹ', nameEn: 'Chuyen My Shell Inlay Group', person: 'Lê Thị Hạnh', title: 'Tổ trưởng', products: 2, first: 1 },
  { mail: 'phuxuyen', village: 'Chuyên Mỹ', legalForm: 'enterprise', nameVi: 'Công ty Cổ phần Đồ gỗ Khảm trai Phú Xuyên', nameEn: 'Phu Xuyen Inlaid Furniture JSC', person: 'Phạm Thế Anh', title: 'Giám đốc', products: 2, first: 3, booths: 2 },
  // Sơn Đồng: wooden statues
  { mail: 'htx', village: 'Sơn Đồng', legalForm: 'cooperative', nameVi: 'Hợp tác xã Tượng gỗ Sơn Đồng', nameEn: 'Son Dong Wood Carving Cooperative', person: 'Nguyễn Văn Đồng', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 4 }, booths: 2, types: [PREMIUM, STANDARD] },
  { mail: 'dothosondong', village: 'Sơn Đồng', legalForm: 'enterprise', nameVi: 'Công ty TNHH Đồ thờ Sơn Đồng', nameEn: 'Son Dong Altar Furnishings Co., Ltd.', person: 'Lê Minh Tâm', title: 'Giám đốc', products: 2, first: 2, booths: 2 },
  { mail: 'ducloi', village: 'Sơn Đồng', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Tượng gỗ Đức Lợi', person: 'Nguyễn Đức Lợi', title: 'Nghệ nhân, chủ hộ kinh doanh', products: 2, first: 0 },
  { mail: 'hoaiduc', village: 'Sơn Đồng', legalForm: 'enterprise', nameVi: 'Công ty TNHH Mỹ nghệ Gỗ Hoài Đức', nameEn: 'Hoai Duc Woodcraft Co., Ltd.', person: 'Đào Văn Hải', title: 'Phó giám đốc', products: 2, first: 3 },
  { mail: 'bathanh', village: 'Sơn Đồng', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Sơn son thếp vàng Bá Thành', person: 'Vương Bá Thành', title: 'Chủ hộ kinh doanh', products: 1, first: 2, unpublished: true },
  // Quảng Phú Cầu: incense
  { mail: 'htx', village: 'Quảng Phú Cầu', legalForm: 'cooperative', nameVi: 'Hợp tác xã Hương nén Quảng Phú Cầu', nameEn: 'Quang Phu Cau Incense Cooperative', person: 'Lê Thị Xuân', title: 'Chủ nhiệm HTX', products: 3, ocop: { stars: 3 } },
  { mail: 'thuphuong', village: 'Quảng Phú Cầu', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Tăm hương Thu Phương', person: 'Nguyễn Thu Phương', title: 'Chủ hộ kinh doanh', products: 2, first: 1 },
  // Ngũ Xá: bronze; Đình Công: silver; Chàng Sơn: paper fans
  { mail: 'ducdong', village: 'Ngũ Xá', legalForm: 'enterprise', nameVi: 'Công ty TNHH Đúc đồng Ngũ Xá', nameEn: 'Ngu Xa Bronze Casting Co., Ltd.', person: 'Nguyễn Văn Trúc', title: 'Giám đốc', products: 2 },
  { mail: 'kimngan', village: 'Đình Công', legalForm: 'household_business', nameVi: 'Hộ kinh doanh Chạm bạc Kim Ngân', person: 'Đặng Kim Ngân', title: 'Chủ hộ kinh doanh', products: 2 },
  { mail: 'htx', village: 'Chàng Sơn', legalForm: 'cooperative', nameVi: 'Hợp tác xã Quạt giấy Chàng Sơn', nameEn: 'Chang Son Paper Fan Cooperative', person: 'Kiều Văn Sơn', title: 'Chủ nhiệm HTX', products: 2, ocop: { stars: 3 } },
];
