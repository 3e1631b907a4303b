import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { AuthUser, Page, PageQueryDto, pageOf, TransactionRunner } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { InvitationQueues } from '../common/invitation-queues';
import { importNotStartable } from '../invitations.errors';
import {
  ImportDuplicateDto,
  ImportRowErrorDto,
  VisitorImportDto,
  VisitorImportUploadDto,
} from './dto/import.dto';
import { ImportDuplicateRepository } from './import-duplicate.repository';
import { ImportErrorRepository } from './import-error.repository';
import { previewImport } from './import-preview';
import { ImportRequest, readImportUpload } from './visitor-import.source';
import { VisitorImport } from './visitor-import.entity';
import { VisitorImportRepository } from './visitor-import.repository';
import { toImportDto } from './visitor-import.view';

/** Upload, preview and start imports, and read their progress, errors and merged rows. */
@Injectable()
export class VisitorImportsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly bodies: OrganisingBodiesService,
    private readonly imports: VisitorImportRepository,
    private readonly importErrors: ImportErrorRepository,
    private readonly importDuplicates: ImportDuplicateRepository,
    private readonly queues: InvitationQueues,
  ) {}

  /**
   * Reads the first rows for the preview (a file without a usable header is refused here, with
   * the reason) and stores the upload; the import itself runs as a job.
   */
  async upload(
    user: AuthUser,
    bodyId: string,
    request: ImportRequest,
    start: boolean,
  ): Promise<VisitorImportUploadDto> {
    this.access.body(user, bodyId);
    await this.bodies.get(bodyId);
    const upload = readImportUpload(request);
    const preview = await previewImport(upload);
    const id = await this.transactions.run(({ manager }) =>
      this.imports.insert(manager, {
        organisingBodyId: bodyId,
        createdBy: user.id,
        filename: upload.filename,
        format: upload.format,
        file: upload.data,
      }),
    );
    const row = start ? await this.queue(id) : await this.reload(id);
    return { ...toImportDto(row), preview };
  }

  async get(user: AuthUser, importId: string): Promise<VisitorImportDto> {
    return toImportDto(await this.access.visitorImport(user, importId));
  }

  async start(user: AuthUser, importId: string): Promise<VisitorImportDto> {
    const row = await this.access.visitorImport(user, importId);
    if (row.status !== 'uploaded') throw importNotStartable(row.status);
    return toImportDto(await this.queue(importId));
  }

  async list(user: AuthUser, bodyId: string, query: PageQueryDto): Promise<Page<VisitorImportDto>> {
    this.access.body(user, bodyId);
    const { items, total } = await this.imports.page(bodyId, query);
    return pageOf(items.map(toImportDto), total, query);
  }

  async errors(
    user: AuthUser,
    importId: string,
    query: PageQueryDto,
  ): Promise<Page<ImportRowErrorDto>> {
    await this.access.visitorImport(user, importId);
    const { items, total } = await this.importErrors.page(importId, query);
    return pageOf(items, total, query);
  }

  async duplicates(
    user: AuthUser,
    importId: string,
    query: PageQueryDto,
  ): Promise<Page<ImportDuplicateDto>> {
    await this.access.visitorImport(user, importId);
    const { items, total } = await this.importDuplicates.page(importId, query);
    return pageOf(items, total, query);
  }

  private async queue(importId: string): Promise<VisitorImport> {
    // Committed first, then queued: the sweep re-adds the job if this add is lost.
    const queued = await this.transactions.run(async (tx) => {
      const done = await this.imports.markQueued(tx.manager, importId);
      if (done) tx.afterCommit(() => this.queues.addImport(importId));
      return done;
    });
    if (!queued) throw importNotStartable((await this.reload(importId)).status);
    return this.reload(importId);
  }

  private async reload(importId: string): Promise<VisitorImport> {
    return (await this.imports.findById(importId))!;
  }
}
