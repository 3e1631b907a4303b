import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fair's payment terms; a fair without a row uses DEFAULT_PAYMENT_TERMS. */
@Entity('payment_terms')
export class PaymentTermsRow {
  @PrimaryColumn('uuid') fairId: string;
  @Column('smallint') depositDueDays: number;
  @Column('smallint') balanceDaysBeforeOpening: number;
  /** Reminders go this many days before a due date. */
  @Column('smallint') reminderDays: number;
  @Column('uuid', { nullable: true }) updatedBy: string | null;
  @Column('timestamptz') updatedAt: Date;
}
