import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { ProducerDisclosureRepository } from './producer-disclosure.repository';

/**
 * A producer's tax code, address, contacts and members are for its own members, admins, and
 * the organisers of a body it has applied to; any other organiser sees its public profile.
 */
@Injectable()
export class ProducerDisclosures {
  constructor(private readonly disclosures: ProducerDisclosureRepository) {}

  /** Called in the transaction that submits an application to one of the body's fairs. */
  disclose(manager: EntityManager, producerId: string, organisingBodyId: string): Promise<void> {
    return this.disclosures.record(manager, producerId, organisingBodyId);
  }

  async mayReadPrivate(user: AuthUser, producerId: string): Promise<boolean> {
    if (user.role === Role.Admin) return true;
    if (user.role === Role.Producer) return user.producerId === producerId;
    if (user.role !== Role.Organiser || !user.organisingBodyId) return false;
    return this.disclosures.exists(producerId, user.organisingBodyId);
  }
}
