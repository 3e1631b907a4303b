import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Someone the organiser can call about a producer; the phone is stored in E.164. */
@Entity('producer_contacts')
export class ProducerContact {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() producerId: string;
  @Column({ type: 'smallint' }) position: number;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column() phoneE164: string;
  @Column({ type: 'citext', nullable: true }) email: string | null;
}
