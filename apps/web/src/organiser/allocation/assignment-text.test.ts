import { describe, expect, it } from 'vitest';
import { addAreaCatalogue, applyLanguage, i18n } from '@web/i18n/i18n';
import { reasons as en } from '@web/i18n/en/reasons';
import { reasons as vi } from '@web/i18n/vi/reasons';
import { placeNamesOf } from '../reasons';
import { assignmentText, type AssignmentFit } from './assignment-text';

addAreaCatalogue({ reasons: vi }, async () => ({ reasons: en }));
const t = i18n.t.bind(i18n);

const plan = {
  zones: [
    { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics' },
    { code: 'Z1', nameVi: 'Khu A – Mây tre đan', nameEn: null },
  ],
  boothTypes: [],
};
const pinnedSecondChoice: AssignmentFit = {
  zone: 'gom-su',
  zoneChoice: 2,
  zonesWished: ['Z1', 'gom-su'],
  corner: { wanted: true, got: false },
  nearMet: [{ producerName: 'HTX Mây tre đan Phú Vinh' }],
  nearMissed: [{ producerName: 'Lụa Vạn Phúc' }, { producerName: 'Gốm Minh Hải' }],
  pinned: true,
  manual: false,
  override: false,
};

describe('why a producer got its booths, worded on the board', () => {
  it('names the zone, the choice, the corner and the neighbours in Vietnamese, then in English', async () => {
    await applyLanguage('vi');
    expect(assignmentText(t, 'vi', pinnedSecondChoice, placeNamesOf(plan, 'vi'))).toBe(
      'Ban tổ chức đã ghim; ở Gốm sứ, khu hồ sơ chọn thứ 2; không ở góc; cạnh HTX Mây tre đan Phú Vinh; không cạnh Lụa Vạn Phúc và Gốm Minh Hải.',
    );
    await applyLanguage('en');
    expect(assignmentText(t, 'en', pinnedSecondChoice, placeNamesOf(plan, 'en'))).toBe(
      'Pinned by the organiser; in Ceramics (gom-su), its 2nd choice of zone; not on a corner; next to HTX Mây tre đan Phú Vinh; not next to Lụa Vạn Phúc and Gốm Minh Hải.',
    );
    await applyLanguage('vi');
  });

  it('tells any zone from a zone not wished, and a hand placement from a pin', async () => {
    await applyLanguage('vi');
    const names = placeNamesOf(plan, 'vi');
    const anyZone = { ...pinnedSecondChoice, zoneChoice: null, zonesWished: [] };
    const byHand = { ...anyZone, zone: 'Z1', manual: true, corner: { wanted: false, got: false } };
    expect(assignmentText(t, 'vi', { ...byHand, nearMet: [], nearMissed: [] }, names)).toBe(
      'Ban tổ chức xếp tay; ở Khu A – Mây tre đan (Z1), hồ sơ nhận khu nào cũng được.',
    );
    const notWished = { ...pinnedSecondChoice, zoneChoice: null, pinned: false, override: true };
    expect(assignmentText(t, 'vi', { ...notWished, nearMet: [], nearMissed: [] }, names)).toBe(
      'Ban tổ chức xếp vượt quy tắc; ở Gốm sứ, không thuộc các khu hồ sơ chọn; không ở góc.',
    );
  });
});
