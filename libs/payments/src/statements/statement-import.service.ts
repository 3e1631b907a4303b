import { Injectable } from '@nestjs/common';
import { ApplicationLedger, LedgerCredit } from '@hoicho/applications';
import { napasBank } from '@hoicho/accounts/domain';
import { AppError, AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import {
  LineError,
  matchCredit,
  mappingIssues,
  parseStatement,
  Payable,
  StatementMapping,
} from '../domain';
import { ImportCounts } from '../entities/statement.entity';
import { PaymentsAccess } from '../common/payments-access';
import { statementUnreadable } from '../payments.errors';
import { NewPayment, PaymentRepository } from '../payments/payment.repository';
import { readStatementRows } from './statement-file';
import { NewLine, StatementRepository } from './statement.repository';

export interface StatementUpload {
  data: Buffer;
  filename: string;
  bankBin: string;
  /** When given, used and saved as the body's mapping for this bank; else the saved one. */
  mapping?: StatementMapping;
}

export interface ImportResult {
  id: string;
  counts: ImportCounts;
  errors: LineError[];
}

/**
 * Imports a bank statement for a fair in one transaction: reads the file with the body's
 * column mapping for that bank, drops transactions counted before (their identity is unique per
 * body in the database), matches each credit by the HC reference in its text, records exact and
 * partial lines as payments at once and leaves over-paid and unmatched lines open for a person.
 * Bad lines are reported by line and field; the good ones are kept.
 */
@Injectable()
export class StatementImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PaymentsAccess,
    private readonly statements: StatementRepository,
    private readonly payments: PaymentRepository,
    private readonly ledger: ApplicationLedger,
    private readonly clock: Clock,
  ) {}

  async import(user: AuthUser, fairId: string, upload: StatementUpload): Promise<ImportResult> {
    const fair = await this.access.fair(user, fairId);
    const bodyId = fair.organisingBodyId;
    if (!napasBank(upload.bankBin)) {
      throw AppError.validation([
        { field: 'bankBin', message: `${upload.bankBin} is not a NAPAS member bank` },
      ]);
    }
    const mapping =
      upload.mapping ?? (await this.statements.mapping(bodyId, upload.bankBin))?.mapping;
    if (!mapping) {
      throw AppError.validation([
        { field: 'mapping', message: 'is required the first time a bank is imported' },
      ]);
    }
    const issues = mappingIssues(mapping);
    if (issues.length) throw AppError.validation(issues);
    const rows = await readStatementRows(upload.data, upload.filename);
    const parsed = parseStatement(rows, mapping);
    if ('missing' in parsed) {
      throw statementUnreadable(
        'The mapped columns are not in the file',
        parsed.missing.map((field) => ({
          field: `mapping.${field}`,
          message: `column "${mapping[field as keyof StatementMapping]}" not found`,
        })),
      );
    }
    const now = this.clock.now();
    return this.transactions.run(async ({ manager }) => {
      if (upload.mapping) {
        await this.statements.saveMapping(manager, bodyId, upload.bankBin, upload.mapping, now);
      }
      const counts: ImportCounts = {
        lines: rows.length - parsed.headerLine,
        credits: parsed.credits.length,
        exact: 0,
        partial: 0,
        over_paid: 0,
        unmatched: 0,
        duplicate: 0,
        skipped: parsed.skipped.length,
        errors: new Set(parsed.errors.map((e) => e.line)).size,
      };
      const importId = await this.statements.insertImport(manager, {
        fairId,
        organisingBodyId: bodyId,
        bankBin: upload.bankBin,
        filename: upload.filename.normalize('NFC').slice(0, 255),
        counts,
        errors: parsed.errors,
        createdBy: user.id,
        createdAt: now,
      });
      const rowsLocked = await this.ledger.lockPayables(manager, fairId);
      const byReference = new Map<string, Payable>(
        rowsLocked.map((r) => [
          r.reference,
          {
            applicationId: r.id,
            reference: r.reference,
            deposit: BigInt(r.deposit!),
            amountDue: BigInt(r.amountDue!),
            amountPaid: BigInt(r.amountPaid),
          },
        ]),
      );
      const known = await this.statements.knownKeys(
        manager,
        bodyId,
        parsed.credits.map((c) => c.txKey),
      );
      const seen = new Set<string>();
      const lines: NewLine[] = parsed.credits.map((c) => {
        const base = {
          line: c.line,
          bookedOn: c.bookedOn,
          amount: c.amount,
          description: c.description,
          bankRef: c.bankRef,
          payerAccount: c.account,
          txKey: c.txKey,
        };
        if (known.has(c.txKey) || seen.has(c.txKey)) {
          counts.duplicate++;
          return { ...base, outcome: 'duplicate', state: 'ignored', applicationId: null };
        }
        seen.add(c.txKey);
        const match = matchCredit(c.description, c.amount, byReference);
        counts[match.outcome]++;
        const record = match.outcome === 'exact' || match.outcome === 'partial';
        if (record) byReference.get(match.references[0])!.amountPaid += c.amount;
        return {
          ...base,
          outcome: match.outcome,
          state: record ? 'recorded' : 'open',
          applicationId: match.applicationId,
        };
      });
      const lineIds = await this.statements.insertLines(manager, importId, fairId, bodyId, lines);
      const recorded = lines.filter((l) => l.state === 'recorded');
      const payments: NewPayment[] = recorded.map((l) => ({
        applicationId: l.applicationId!,
        amount: l.amount,
        paidOn: l.bookedOn,
        method: 'statement',
        reference: l.bankRef,
        note: null,
        statementLineId: lineIds.get(l.line)!,
      }));
      await this.payments.insertMany(manager, fairId, user.id, payments);
      const credits: LedgerCredit[] = recorded.map((l) => ({
        applicationId: l.applicationId!,
        amount: l.amount,
        data: { statementLineId: lineIds.get(l.line), bankRef: l.bankRef, method: 'statement' },
      }));
      await this.ledger.credit(manager, fairId, rowsLocked, credits, user.id);
      await this.statements.setCounts(manager, importId, counts);
      return { id: importId, counts, errors: parsed.errors };
    });
  }
}
