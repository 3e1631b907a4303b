import { Injectable } from '@nestjs/common';
import { AllocationApplicantsService } from '@hoicho/applications';
import { FairsService } from '@hoicho/fairs';
import { AuthUser, ExportColumn, ExportTable, Language } from '@hoicho/platform';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';

export interface BoothAssignmentExportRow {
  boothCode: string;
  zone: string;
  boothType: string;
  price: string | null;
  corner: boolean;
  reference: string;
  producerName: string;
  craftVillage: string | null;
  manual: boolean;
  assignedAt: Date;
}

const COLUMNS: ExportColumn<BoothAssignmentExportRow>[] = [
  { header: { vi: 'Gian', en: 'Booth' }, type: 'text', value: (r) => r.boothCode, width: 10 },
  { header: { vi: 'Khu', en: 'Zone' }, type: 'text', value: (r) => r.zone },
  { header: { vi: 'Loại gian', en: 'Booth type' }, type: 'text', value: (r) => r.boothType },
  { header: { vi: 'Giá gian (đ)', en: 'Booth price (VND)' }, type: 'money', value: (r) => r.price },
  { header: { vi: 'Gian góc', en: 'Corner' }, type: 'boolean', value: (r) => r.corner },
  {
    header: { vi: 'Mã hồ sơ', en: 'Reference' },
    type: 'text',
    value: (r) => r.reference,
    width: 16,
  },
  {
    header: { vi: 'Đơn vị', en: 'Producer' },
    type: 'text',
    value: (r) => r.producerName,
    width: 36,
  },
  { header: { vi: 'Làng nghề', en: 'Craft village' }, type: 'text', value: (r) => r.craftVillage },
  { header: { vi: 'Xếp tay', en: 'Placed by hand' }, type: 'boolean', value: (r) => r.manual },
  {
    header: { vi: 'Công bố lúc', en: 'Published at' },
    type: 'datetime',
    value: (r) => r.assignedAt,
  },
];

/**
 * The fair's published booth assignments as an export, in booth order. A fair has at most a few
 * thousand booths, so the rows are read at once and written as a stream.
 */
@Injectable()
export class BoothAssignmentExportsService {
  constructor(
    private readonly fairs: FairsService,
    private readonly assignments: BoothAssignmentRepository,
    private readonly applicants: AllocationApplicantsService,
  ) {}

  async table(
    user: AuthUser,
    fairId: string,
    lang: Language,
  ): Promise<ExportTable<BoothAssignmentExportRow>> {
    await this.fairs.getFairForUser(user, fairId);
    const [rows, plan] = await Promise.all([
      this.assignments.list(fairId),
      this.fairs.getPlan(fairId),
    ]);
    const applicants = new Map(
      (
        await this.applicants.applicants(fairId, [...new Set(rows.map((r) => r.applicationId))])
      ).map((a) => [a.id, a]),
    );
    const booths = new Map(plan.booths.map((b) => [b.id, b]));
    const zones = new Map(plan.zones.map((z) => [z.code, z]));
    const types = new Map(plan.boothTypes.map((t) => [t.code, t]));
    const named = (item: { nameVi: string; nameEn?: string | null } | undefined) =>
      (lang === 'en' && item?.nameEn) || item?.nameVi || '';
    const out = rows.map((row): BoothAssignmentExportRow => {
      const booth = booths.get(row.boothId);
      const applicant = applicants.get(row.applicationId);
      return {
        boothCode: booth?.code ?? '',
        zone: named(zones.get(booth?.zone ?? '')),
        boothType: named(types.get(booth?.type ?? '')),
        price: types.get(booth?.type ?? '')?.price ?? null,
        corner: booth?.corner ?? false,
        reference: applicant?.reference ?? '',
        producerName: applicant?.producerName ?? '',
        craftVillage: applicant?.craftVillage ?? null,
        manual: row.manual,
        assignedAt: row.assignedAt,
      };
    });
    const collator = new Intl.Collator('vi', { numeric: true });
    out.sort((a, b) => collator.compare(a.boothCode, b.boothCode));
    return {
      fileName: `booth-assignments-${fairId.slice(0, 8)}`,
      sheetName: { vi: 'Phân gian', en: 'Booth assignments' },
      columns: COLUMNS,
      rows: (async function* () {
        yield* out;
      })(),
    };
  }
}
