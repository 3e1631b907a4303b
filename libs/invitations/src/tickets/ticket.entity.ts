import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TicketStatus = 'active' | 'revoked';

/** An admission right for one invitation; its QR code is re-signed from these columns. */
@Entity('tickets')
export class Ticket {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') organisingBodyId: string;
  @Column('uuid') invitationId: string;
  /** Null once the visitor was deleted (the ticket is then revoked and stays for the figures). */
  @Column('uuid', { nullable: true }) visitorId: string | null;
  @Column('text') initials: string;
  @Column('smallint') guests: number;
  @Column('text') status: TicketStatus;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz') issuedAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('text', { nullable: true }) revokedReason: string | null;
}
