import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { BoothType } from './booth-type.entity';

export type NewBoothType = Omit<BoothType, 'id' | 'createdAt'>;

/** A fair's booth types and prices (`booth_types`), through their entity. */
@Injectable()
export class BoothTypeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the order they were made. */
  list(fairId: string): Promise<BoothType[]> {
    return this.dataSource
      .getRepository(BoothType)
      .find({ where: { fairId }, order: { createdAt: 'ASC', code: 'ASC' } });
  }

  find(fairId: string, id: string, manager?: EntityManager): Promise<BoothType | null> {
    return (manager ?? this.dataSource.manager).getRepository(BoothType).findOneBy({ fairId, id });
  }

  /** Whether another booth type of the fair has the code. */
  codeTaken(manager: EntityManager, fairId: string, code: string, exceptId?: string) {
    return manager
      .getRepository(BoothType)
      .existsBy({ fairId, code, ...(exceptId ? { id: Not(exceptId) } : {}) });
  }

  anyInFair(manager: EntityManager, fairId: string): Promise<boolean> {
    return manager.getRepository(BoothType).existsBy({ fairId });
  }

  insert(manager: EntityManager, type: NewBoothType): Promise<BoothType> {
    return manager.getRepository(BoothType).save({ ...type });
  }

  save(manager: EntityManager, type: BoothType): Promise<BoothType> {
    return manager.getRepository(BoothType).save({ ...type });
  }

  async delete(manager: EntityManager, fairId: string, id: string): Promise<void> {
    await manager.getRepository(BoothType).delete({ fairId, id });
  }
}
