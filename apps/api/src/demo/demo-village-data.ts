/** The demo villages (reference data of migration 1795800200000) and product templates per village. */

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
    communeCode: '10030',
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
    communeCode: '00577',
    places: ['thôn Bát Tràng', 'thôn Giang Cao', 'xóm 3, thôn Bát Tràng', 'chợ gốm Bát Tràng'],
    former: 'xã Bát Tràng, huyện Gia Lâm, Hà Nội',
    mail: 'battrang.local',
  },
  'Vạn Phúc': {
    zone: 'lua-det',
    communeCode: '09556',
    places: ['làng lụa Vạn Phúc', 'phố Vạn Phúc', 'tổ dân phố 5, Vạn Phúc'],
    former: 'phường Vạn Phúc, quận Hà Đông, Hà Nội',
    mail: 'vanphuc.local',
  },
  'Quất Động': {
    zone: 'lua-det',
    communeCode: '10183',
    places: ['thôn Quất Động'],
    former: 'xã Quất Động, huyện Thường Tín, Hà Nội',
    mail: 'quatdong.local',
  },
  'Hạ Thái': {
    zone: 'son-mai-kham-trai',
    communeCode: '10183',
    places: ['thôn Hạ Thái', 'xóm Giữa, thôn Hạ Thái'],
    former: 'xã Duyên Thái, huyện Thường Tín, Hà Nội',
    mail: 'hathai.local',
  },
  'Chuyên Mỹ': {
    zone: 'son-mai-kham-trai',
    communeCode: '10330',
    places: ['thôn Chuôn Ngọ', 'xóm Đình, thôn Chuôn Ngọ'],
    former: 'xã Chuyên Mỹ, huyện Phú Xuyên, Hà Nội',
    mail: 'chuyenmy.local',
  },
  'Sơn Đồng': {
    zone: 'tuong-go-my-nghe',
    communeCode: '09871',
    places: ['thôn Sơn Đồng', 'xóm Chùa, thôn Sơn Đồng'],
    former: 'xã Sơn Đồng, huyện Hoài Đức, Hà Nội',
    mail: 'sondong.local',
  },
  'Quảng Phú Cầu': {
    zone: 'tuong-go-my-nghe',
    communeCode: '10369',
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
