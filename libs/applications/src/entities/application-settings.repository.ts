import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationSettingsRow } from './application-settings.entity';

/** A fair's review settings (`application_settings`); a fair without a row uses the defaults. */
@Injectable()
export class ApplicationSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(fairId: string, manager?: EntityManager): Promise<ApplicationSettingsRow | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ApplicationSettingsRow)
      .findOneBy({ fairId });
  }

  /** Writes the fair's row whether or not it had one. */
  async upsert(row: ApplicationSettingsRow): Promise<void> {
    await this.dataSource.getRepository(ApplicationSettingsRow).upsert(row, ['fairId']);
  }
}
