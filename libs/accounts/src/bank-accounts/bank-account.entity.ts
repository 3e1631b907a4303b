import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The account an organising body receives producers' payments on (one per body). */
@Entity('body_bank_accounts')
export class BodyBankAccount {
  @PrimaryColumn('uuid') organisingBodyId: string;
  @Column('text') bankBin: string;
  @Column('text') accountNumber: string;
  /** Upper case without accents, as banks print it ("SO CONG THUONG HA NOI"). */
  @Column('text') holder: string;
  @Column('uuid', { nullable: true }) updatedBy: string | null;
  @Column('timestamptz') updatedAt: Date;
}
