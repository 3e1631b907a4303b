import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { napasBank } from '@hoicho/accounts/domain';
import { AppError, AuthUser, Clock, Language, TransactionRunner } from '@hoicho/platform';
import { mappingIssues, StatementMapping } from '../domain';
import { StatementMappingDto, StatementMappingViewDto } from '../dto/payments.dto';
import {
  StatementImportDto,
  StatementLineDto,
  StatementLinePageDto,
} from '../dto/payments-view.dto';
import { StatementImportRow, StatementLineRow } from '../entities/statement.entity';
import { PaymentsAccess } from '../common/payments-access';
import { wordedLineError } from './statement-line-texts';
import { StatementRepository } from './statement.repository';

export interface UploadedStatement {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

const PAGE_SIZE = 100;

/** Statement mappings, imports and lines as the organiser reads them. */
@Injectable()
export class StatementFiles {
  constructor(
    private readonly access: PaymentsAccess,
    private readonly statements: StatementRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The multipart `mapping` field (JSON), checked field by field as `mapping.<key>`. */
  parseMapping(json: string | undefined): StatementMapping | undefined {
    if (json === undefined || json === '') return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      throw AppError.validation([{ field: 'mapping', message: 'must be JSON' }]);
    }
    const dto = plainToInstance(StatementMappingDto, raw);
    const errors = validateSync(dto as object, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      throw AppError.validation(
        errors.map((e) => ({
          field: `mapping.${e.property}`,
          message: Object.values(e.constraints ?? {}).join('; ') || 'is invalid',
        })),
      );
    }
    return dto as StatementMapping;
  }

  async mappings(user: AuthUser, fairId: string): Promise<StatementMappingViewDto[]> {
    const fair = await this.access.fair(user, fairId);
    return this.statements.mappings(fair.organisingBodyId);
  }

  async saveMapping(
    user: AuthUser,
    fairId: string,
    bankBin: string,
    mapping: StatementMapping,
  ): Promise<StatementMappingViewDto> {
    const fair = await this.access.fair(user, fairId);
    if (!napasBank(bankBin)) {
      throw AppError.validation([
        { field: 'bankBin', message: `${bankBin} is not a NAPAS member bank` },
      ]);
    }
    const issues = mappingIssues(mapping);
    if (issues.length) throw AppError.validation(issues);
    const at = this.clock.now();
    await this.transactions.run((tx) =>
      this.statements.saveMapping(tx.manager, fair.organisingBodyId, bankBin, mapping, at),
    );
    return { bankBin, mapping, updatedAt: at };
  }

  async imports(user: AuthUser, fairId: string, language: Language): Promise<StatementImportDto[]> {
    await this.access.fair(user, fairId);
    return (await this.statements.imports(fairId)).map((row) => importView(row, language));
  }

  async importView(fairId: string, id: string, language: Language): Promise<StatementImportDto> {
    const row = await this.statements.findImport(fairId, id);
    if (!row) throw AppError.notFound('Statement import');
    return importView(row, language);
  }

  async lines(
    user: AuthUser,
    fairId: string,
    importId: string,
    query: {
      outcome?: StatementLineRow['outcome'];
      state?: StatementLineRow['state'];
      page?: number;
    },
  ): Promise<StatementLinePageDto> {
    await this.access.fair(user, fairId);
    if (!(await this.statements.findImport(fairId, importId)))
      throw AppError.notFound('Statement import');
    const page = query.page ?? 1;
    const filter = {
      ...(query.outcome ? { outcome: query.outcome } : {}),
      ...(query.state ? { state: query.state } : {}),
    };
    const [rows, total] = await this.statements.lines(importId, filter, {
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    });
    return { items: rows.map(StatementFiles.lineView), total, page, pageSize: PAGE_SIZE };
  }

  async openLines(user: AuthUser, fairId: string): Promise<StatementLineDto[]> {
    await this.access.fair(user, fairId);
    return (await this.statements.openLines(fairId)).map(StatementFiles.lineView);
  }

  static lineView(l: StatementLineRow): StatementLineDto {
    return {
      id: l.id,
      importId: l.importId,
      line: l.line,
      bookedOn: l.bookedOn,
      amount: l.amount,
      description: l.description,
      bankRef: l.bankRef,
      outcome: l.outcome,
      state: l.state,
      applicationId: l.applicationId,
    };
  }
}

/** An import with its line errors worded in `language`. */
function importView(r: StatementImportRow, language: Language): StatementImportDto {
  return {
    id: r.id,
    filename: r.filename,
    bankBin: r.bankBin,
    counts: r.counts,
    errors: r.errors.map((error) => wordedLineError(error, language)),
    createdAt: r.createdAt,
  };
}
