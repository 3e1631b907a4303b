import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ImageType } from './image-type';

/** A photo of a product; its bytes are in the photo storage under `storageKey`. */
@Entity('product_photos')
export class ProductPhoto {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') productId: string;
  @Column() storageKey: string;
  @Column({ type: 'text' }) contentType: ImageType;
  @Column('integer') sizeBytes: number;
  @Column({ type: 'text', nullable: true }) caption: string | null;
  /** The producer's order; the lowest is the product's cover. */
  @Column('integer') position: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
