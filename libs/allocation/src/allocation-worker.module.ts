import { Module } from '@nestjs/common';
import { AllocationModule } from './allocation.module';
import { AllocationRunHandler } from './worker/allocation-run.handler';
import { AllocationSweeper } from './worker/allocation-sweeper';

/**
 * Allocation runs and the sweep (lost runs, expired offers), run by platform's worker host in
 * apps/worker, or in-process.
 */
@Module({
  imports: [AllocationModule],
  providers: [AllocationRunHandler, AllocationSweeper],
})
export class AllocationWorkerModule {}
