import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What an organiser set for a fair's gates (`fair_gate_settings`, one row per fair at most). */
@Injectable()
export class GateSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Minutes before opening that the gates admit, or undefined while never set. */
  async earlyEntryMinutes(fairId: string): Promise<number | undefined> {
    const [row]: { minutes: number }[] = await this.dataSource.query(
      'SELECT early_entry_minutes AS minutes FROM fair_gate_settings WHERE fair_id = $1',
      [fairId],
    );
    return row?.minutes;
  }

  async save(manager: EntityManager, fairId: string, earlyEntryMinutes: number): Promise<void> {
    await manager.query(
      `INSERT INTO fair_gate_settings (fair_id, early_entry_minutes) VALUES ($1, $2)
       ON CONFLICT (fair_id) DO UPDATE SET early_entry_minutes = $2, updated_at = now()`,
      [fairId, earlyEntryMinutes],
    );
  }
}
