import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { Zone } from './zone.entity';

export type NewZone = Omit<Zone, 'id' | 'createdAt'>;

/** A fair's zones (`zones`), through their entity. */
@Injectable()
export class ZoneRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the order they were made. */
  list(fairId: string): Promise<Zone[]> {
    return this.dataSource
      .getRepository(Zone)
      .find({ where: { fairId }, order: { createdAt: 'ASC', code: 'ASC' } });
  }

  find(fairId: string, id: string, manager?: EntityManager): Promise<Zone | null> {
    return (manager ?? this.dataSource.manager).getRepository(Zone).findOneBy({ fairId, id });
  }

  /** Whether another zone of the fair has the code. */
  codeTaken(manager: EntityManager, fairId: string, code: string, exceptId?: string) {
    return manager
      .getRepository(Zone)
      .existsBy({ fairId, code, ...(exceptId ? { id: Not(exceptId) } : {}) });
  }

  anyInFair(manager: EntityManager, fairId: string): Promise<boolean> {
    return manager.getRepository(Zone).existsBy({ fairId });
  }

  insert(manager: EntityManager, zone: NewZone): Promise<Zone> {
    return manager.getRepository(Zone).save({ ...zone });
  }

  save(manager: EntityManager, zone: Zone): Promise<Zone> {
    return manager.getRepository(Zone).save({ ...zone });
  }

  async delete(manager: EntityManager, fairId: string, id: string): Promise<void> {
    await manager.getRepository(Zone).delete({ fairId, id });
  }
}
