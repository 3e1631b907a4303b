import {
  BoothTypesService,
  FairEditorService,
  FairStatusService,
  PlanGridService,
  SupportProgrammesService,
  ZonesService,
} from '@hoicho/fairs';
import { AuthUser } from '@hoicho/platform';
import { demoCalendar } from './demo-calendar';
import {
  CORNER,
  DEMO_BOOTH_TYPES,
  DEMO_VENUE,
  DEMO_ZONES,
  demoProgrammes,
  PREMIUM,
  STANDARD,
} from './demo-fair-data';

export interface DemoFairServices {
  editor: FairEditorService;
  status: FairStatusService;
  zones: ZonesService;
  boothTypes: BoothTypesService;
  grid: PlanGridService;
  programmes: SupportProgrammesService;
}

export interface DemoFair {
  id: string;
  name: string;
  zones: number;
  boothTypes: number;
  booths: number;
  programmes: { khuyenCong: string; ocop: string };
}

export const DEMO_FAIR_NAME = 'Hội chợ Làng nghề Hà Nội';

/**
 * The demo fair, built as an organiser would: details and calendar, zones by craft, booth
 * types, the floor plan from grid requests, support programmes, then open for applications.
 */
export async function buildDemoFair(
  s: DemoFairServices,
  organiser: AuthUser,
  now: Date,
): Promise<DemoFair> {
  const calendar = demoCalendar(now);
  const name = `${DEMO_FAIR_NAME} ${calendar.year}`;
  const fair = await s.editor.create(organiser, organiser.organisingBodyId!, {
    nameVi: name,
    nameEn: `Hanoi Craft Village Fair ${calendar.year}`,
    ...DEMO_VENUE,
    days: calendar.days,
    applicationsOpenAt: calendar.applicationsOpenAt,
    applicationsCloseAt: calendar.applicationsCloseAt,
    withdrawalDeadline: calendar.withdrawalDeadline,
  });
  for (const { code, nameVi, nameEn, hall, colour } of DEMO_ZONES) {
    await s.zones.create(organiser, fair.id, { code, nameVi, nameEn, hall, colour });
  }
  for (const type of DEMO_BOOTH_TYPES) await s.boothTypes.create(organiser, fair.id, type);

  // Sảnh A holds three zones one under the other, Sảnh B two; each zone has two back-to-back
  // rows of standard booths, an island of four corner booths and, by the entrance, two premium.
  let booths = 0;
  for (const [k, zone] of DEMO_ZONES.entries()) {
    const x = 4 + (k < 3 ? 0 : 44);
    const y = 4 + (k < 3 ? k : k - 3) * 19;
    const common = { zone: zone.code, prefix: zone.prefix, backToBack: true, aisle: 3 };
    const standard = 2 * zone.columns;
    const blocks = [
      { ...common, type: STANDARD, rows: 2, columns: zone.columns, origin: { x, y } },
      {
        ...common,
        type: CORNER,
        rows: 2,
        columns: 2,
        origin: { x, y: y + 9 },
        firstNumber: standard + 1,
      },
      ...(zone.premium
        ? [
            {
              ...common,
              type: PREMIUM,
              rows: 1,
              columns: 2,
              origin: { x: x + 10, y: y + 9 },
              firstNumber: standard + 5,
            },
          ]
        : []),
    ];
    for (const block of blocks)
      booths += (await s.grid.generate(organiser, fair.id, block)).created;
  }

  const programmes = demoProgrammes(calendar.year);
  const khuyenCong = await s.programmes.create(organiser, fair.id, programmes.khuyenCong);
  const ocop = await s.programmes.create(organiser, fair.id, programmes.ocop);
  await s.status.change(organiser, fair.id, { to: 'open', reason: 'Mở nhận hồ sơ đăng ký' });
  return {
    id: fair.id,
    name,
    zones: DEMO_ZONES.length,
    boothTypes: DEMO_BOOTH_TYPES.length,
    booths,
    programmes: { khuyenCong: khuyenCong.id, ocop: ocop.id },
  };
}
