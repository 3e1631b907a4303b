import { Module } from '@nestjs/common';
import { InvitationsModule } from './invitations.module';
import { InvitationsJobsHandler } from './worker/invitations-jobs.handler';
import { InvitationsSweeper } from './worker/invitations-sweeper';

/**
 * Imports and campaign fan-out, and their sweep, run by platform's worker host in apps/worker,
 * or in the api process.
 */
@Module({
  imports: [InvitationsModule],
  providers: [InvitationsJobsHandler, InvitationsSweeper],
})
export class InvitationsWorkerModule {}
