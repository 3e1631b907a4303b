import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The per-fair counter behind S-0001, S-0002… label codes. */
@Injectable()
export class LabelCounterRepository {
  /** The fair's next number (1 the first time), counted in the caller's transaction. */
  async next(manager: EntityManager, fairId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `INSERT INTO showcase_label_counters (fair_id, last_number) VALUES ($1, 1)
       ON CONFLICT (fair_id) DO UPDATE SET last_number = showcase_label_counters.last_number + 1
       RETURNING last_number::int AS n`,
      [fairId],
    );
    return n;
  }
}
