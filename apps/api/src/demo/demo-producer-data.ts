import type { LegalForm } from '@hoicho/exhibitors';
import { CORNER, PREMIUM, STANDARD } from './demo-fair-data';
import { DEMO_VILLAGES } from './demo-village-data';

/*
 * Demo producers from the villages of the reference data (migration 1795800200000, DOMAIN.md)
 * and their catalogues. Names of organisations and people are invented; villages, crafts and
 * communes are real.
 */

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
