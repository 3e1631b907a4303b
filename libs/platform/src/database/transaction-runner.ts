import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type AfterCommit = () => Promise<unknown> | unknown;

/** A unit of work: the manager to write with, and hooks that run only once it committed. */
export interface Tx {
  manager: EntityManager;
  afterCommit(hook: AfterCommit): void;
}

@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction. After-commit hooks (such as enqueueing an outbox message)
   * run once the commit succeeded; their failure is logged, never undoes the commit, and is
   * covered by whatever sweep owns that hook.
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: AfterCommit[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (hook) => hooks.push(hook) }),
    );
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        this.logger.warn(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
    return result;
  }
}
