import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AllocationPin } from './allocation-pin.entity';

/** Booths assigned by hand (`allocation_pins`); a booth is pinned to one application at most. */
@Injectable()
export class AllocationPinRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every pin of the fair, as stored (an application's booths in the order they were pinned). */
  list(fairId: string, manager?: EntityManager): Promise<AllocationPin[]> {
    return (manager ?? this.dataSource.manager).getRepository(AllocationPin).findBy({ fairId });
  }

  /** The application's pins become `boothIds`; false if a booth is pinned to another one. */
  async replace(
    manager: EntityManager,
    fairId: string,
    applicationId: string,
    boothIds: readonly string[],
    pinnedBy: string,
  ): Promise<boolean> {
    await manager.getRepository(AllocationPin).delete({ fairId, applicationId });
    try {
      await manager
        .getRepository(AllocationPin)
        .insert(boothIds.map((boothId) => ({ fairId, boothId, applicationId, pinnedBy })));
      return true;
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        return false;
      }
      throw error;
    }
  }

  /** Returns how many pins went. */
  async deleteForApplication(fairId: string, applicationId: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(AllocationPin)
      .delete({ fairId, applicationId });
    return result.affected ?? 0;
  }
}
