import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Inquiry, InquiryStatus } from './inquiry.entity';

export type NewInquiry = Omit<
  Inquiry,
  'id' | 'status' | 'statusChangedBy' | 'statusChangedAt' | 'createdAt' | 'updatedAt'
>;

/** Inquiries of one product in one state, and how many came from a label. */
export interface InquiryCountRow {
  producerId: string;
  productId: string;
  status: InquiryStatus;
  fromLabels: number;
  n: number;
}

/** Buyers' inquiries; `form_nonce` is unique, so a served form is sent once. */
@Injectable()
export class InquiryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new inquiry (status new); a reused form breaks `inquiries_form_nonce_key`. */
  insert(manager: EntityManager, inquiry: NewInquiry): Promise<Inquiry> {
    const repo = manager.getRepository(Inquiry);
    return repo.save(repo.create({ ...inquiry, status: 'new' }));
  }

  findOfProducer(producerId: string, id: string): Promise<Inquiry | null> {
    return this.dataSource.getRepository(Inquiry).findOneBy({ id, producerId });
  }

  /** One page of the producer's inquiries (in one state, if given), newest first. */
  async pageOfProducer(
    producerId: string,
    status: InquiryStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<{ rows: Inquiry[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(Inquiry).findAndCount({
      where: { producerId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** How many of the producer's inquiries are in each state (states with none left out). */
  async countsOfProducer(producerId: string): Promise<{ status: InquiryStatus; n: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM inquiries WHERE producer_id = $1 GROUP BY status`,
      [producerId],
    );
  }

  async setStatus(id: string, status: InquiryStatus, by: string, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(Inquiry)
      .update(id, { status, statusChangedBy: by, statusChangedAt: at });
  }

  /** The fair's inquiries counted by product and state: no buyer data. */
  countsOfFair(fairId: string): Promise<InquiryCountRow[]> {
    return this.dataSource.query(
      `SELECT producer_id AS "producerId", product_id AS "productId", status,
              count(*) FILTER (WHERE source = 'sample_label')::int AS "fromLabels",
              count(*)::int AS n
         FROM inquiries WHERE fair_id = $1 GROUP BY 1, 2, 3`,
      [fairId],
    );
  }
}
