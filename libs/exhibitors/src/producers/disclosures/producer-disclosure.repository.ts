import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The bodies a producer has shown its private profile to (table producer_disclosures). */
@Injectable()
export class ProducerDisclosureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records it once; later applications to the same body change nothing. */
  async record(manager: EntityManager, producerId: string, organisingBodyId: string) {
    await manager.query(
      `INSERT INTO producer_disclosures (producer_id, organising_body_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [producerId, organisingBodyId],
    );
  }

  async exists(producerId: string, organisingBodyId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM producer_disclosures WHERE producer_id = $1 AND organising_body_id = $2',
      [producerId, organisingBodyId],
    );
    return rows.length > 0;
  }
}
