import { Injectable } from '@nestjs/common';
import { AuthUser, ExportTable, Language } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { checkInColumns, visitorColumns } from './invitation-export-columns';
import {
  CheckInExportRow,
  InvitationExportRepository,
  VisitorExportRow,
} from './invitation-export.repository';

/** The body's visitors and a fair's check-ins as export tables, scoped before any row is read. */
@Injectable()
export class InvitationExportsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly rows: InvitationExportRepository,
  ) {}

  visitors(user: AuthUser, bodyId: string, lang: Language): ExportTable<VisitorExportRow> {
    this.access.body(user, bodyId);
    return {
      fileName: `visitors-${bodyId.slice(0, 8)}`,
      sheetName: { vi: 'Khách mời', en: 'Visitors' },
      columns: visitorColumns(lang),
      rows: this.rows.visitors(bodyId),
    };
  }

  async checkIns(
    user: AuthUser,
    fairId: string,
    lang: Language,
  ): Promise<ExportTable<CheckInExportRow>> {
    await this.access.fair(user, fairId);
    return {
      fileName: `check-ins-${fairId.slice(0, 8)}`,
      sheetName: { vi: 'Lượt vào cổng', en: 'Check-ins' },
      columns: checkInColumns(lang),
      rows: this.rows.checkIns(fairId),
    };
  }
}
