export * from './invitations.module';
export * from './invitations-worker.module';
export { VisitorsService } from './visitors/visitors.service';
export { TicketsService } from './tickets/tickets.service';
export { FairKeysService } from './tickets/fair-keys.service';
export { FanOutService } from './campaigns/fan-out.service';
export { VisitorDto } from './visitors/dto/visitor.dto';
export { INVITATION_MAILS } from './mails';
