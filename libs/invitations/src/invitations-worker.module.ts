import { Module } from '@nestjs/common';
import { InvitationsModule } from './invitations.module';
import { InvitationsSweeper } from './worker/invitations-sweeper';
import { InvitationsWorker } from './worker/invitations.worker';

/** Imports and campaign fan-out: runs in apps/worker, or in the api process. */
@Module({
  imports: [InvitationsModule],
  providers: [InvitationsWorker, InvitationsSweeper],
  exports: [InvitationsSweeper],
})
export class InvitationsWorkerModule {}
