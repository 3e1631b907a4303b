import { Role } from '@hoicho/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'citext' }) email: string;
  @Column({ select: false }) passwordHash: string;
  @Column() fullName: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ type: 'uuid', nullable: true }) organisingBodyId: string | null;
  @Column({ type: 'uuid', nullable: true }) producerId: string | null;
  @Column({ type: 'text' }) locale: 'vi' | 'en';
  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
