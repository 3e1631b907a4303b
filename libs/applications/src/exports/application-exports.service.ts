import { Injectable } from '@nestjs/common';
import { FairsService } from '@hoicho/fairs';
import { AuthUser, ExportTable, Language, pagesOf } from '@hoicho/platform';
import {
  APPLICATION_STATUS_TEXTS,
  applicationColumns,
  decisionColumns,
} from './application-export-columns';
import { ApplicationExportRepository, ApplicationExportRow } from './application-export.repository';

type Row = ApplicationExportRow & { programme: string | null; statusText: string };

/** The fair's applications, and its decisions and fees, as export tables for its organisers. */
@Injectable()
export class ApplicationExportsService {
  constructor(
    private readonly fairs: FairsService,
    private readonly rows: ApplicationExportRepository,
  ) {}

  async applications(user: AuthUser, fairId: string, lang: Language): Promise<ExportTable<Row>> {
    return {
      fileName: `applications-${fairId.slice(0, 8)}`,
      sheetName: { vi: 'Hồ sơ đăng ký', en: 'Applications' },
      columns: applicationColumns(lang),
      rows: await this.read(user, fairId, lang),
    };
  }

  async decisions(user: AuthUser, fairId: string, lang: Language): Promise<ExportTable<Row>> {
    return {
      fileName: `decisions-fees-${fairId.slice(0, 8)}`,
      sheetName: { vi: 'Quyết định và phí', en: 'Decisions and fees' },
      columns: decisionColumns(),
      rows: await this.read(user, fairId, lang),
    };
  }

  /** Checks the caller's scope now (a 404 before any byte), then reads lazily page by page. */
  private async read(user: AuthUser, fairId: string, lang: Language): Promise<AsyncIterable<Row>> {
    await this.fairs.getFairForUser(user, fairId);
    const programmes = new Map(
      (await this.fairs.getSupportProgrammes(fairId)).map((p) => [
        p.id,
        lang === 'en' && p.nameEn ? p.nameEn : p.nameVi,
      ]),
    );
    const pages = pagesOf(
      (after: string | undefined) => this.rows.page(fairId, after),
      (row) => row.reference,
    );
    return (async function* () {
      for await (const row of pages) {
        yield {
          ...row,
          programme: row.supportProgrammeId
            ? (programmes.get(row.supportProgrammeId) ?? null)
            : null,
          statusText: APPLICATION_STATUS_TEXTS[row.status]?.[lang] ?? row.status,
        };
      }
    })();
  }
}
