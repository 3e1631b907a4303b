import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type PaymentMethod = 'transfer' | 'cash' | 'statement';

/** Money received for an application; its receipt number is the database's sequence. */
@Entity('payments')
export class PaymentRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') applicationId: string;
  @Column({ type: 'bigint', insert: false, update: false }) receiptNo: string;
  @Column('bigint') amount: string;
  @Column('date') paidOn: string;
  @Column('text') method: PaymentMethod;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { nullable: true }) statementLineId: string | null;
  @Column('uuid') recordedBy: string;
  @Column('timestamptz') recordedAt: Date;
}

/** A reminder of one kind sent for an application: once (primary key). */
@Entity('payment_reminders')
export class PaymentReminderRow {
  @PrimaryColumn('uuid') applicationId: string;
  @PrimaryColumn('text') kind: 'deposit' | 'balance';
  @Column('date') dueOn: string;
  @Column('bigint') amount: string;
  @Column('timestamptz') sentAt: Date;
}
