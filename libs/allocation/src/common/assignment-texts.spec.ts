import type { AssignmentFacts } from '../draft/assignment-parts';
import { assignmentText } from './assignment-texts';

const names = {
  zones: new Map([
    ['gom-su', 'Gốm sứ'],
    ['Z1', 'Khu A – Mây tre đan'],
  ]),
  types: new Map<string, string>(),
};
const pinned: AssignmentFacts = {
  zone: 'Z1',
  zoneChoice: 2,
  zonesWished: ['gom-su', 'Z1'],
  corner: { wanted: true, got: true },
  nearMet: ['HTX Phú Vinh'],
  nearMissed: ['Lụa Vạn Phúc', 'Gốm Minh Hải'],
  pinned: true,
  manual: false,
  override: false,
};

describe('assignmentText', () => {
  it('says why a producer stands there in Vietnamese and English, the zone by name', () => {
    expect(assignmentText(pinned, 'vi', names)).toBe(
      'Ban tổ chức đã ghim; ở Khu A – Mây tre đan (Z1), khu hồ sơ chọn thứ 2; ở góc như mong muốn; cạnh HTX Phú Vinh; không cạnh Lụa Vạn Phúc và Gốm Minh Hải.',
    );
    expect(assignmentText(pinned, 'en', names)).toBe(
      'Pinned by the organiser; in Khu A – Mây tre đan (Z1), its 2nd choice of zone; on a corner as wished; next to HTX Phú Vinh; not next to Lụa Vạn Phúc and Gốm Minh Hải.',
    );
  });

  it('tells any zone from a zone not chosen, and a hand placement from a pin', () => {
    const base = { ...pinned, nearMet: [], nearMissed: [], corner: { wanted: false, got: false } };
    expect(assignmentText({ ...base, zonesWished: [], zoneChoice: null }, 'en')).toBe(
      'Pinned by the organiser; in Z1, any zone being acceptable.',
    );
    expect(assignmentText({ ...base, zoneChoice: null, manual: true }, 'vi', names)).toBe(
      'Ban tổ chức xếp tay; ở Khu A – Mây tre đan (Z1), không thuộc các khu hồ sơ chọn.',
    );
    expect(assignmentText({ ...base, zoneChoice: 1, override: true, manual: true }, 'en')).toBe(
      'Placed with the organiser’s override; in Z1, its 1st choice of zone.',
    );
  });
});
