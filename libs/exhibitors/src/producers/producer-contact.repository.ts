import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProducerContact } from './producer-contact.entity';

export type NewContact = Omit<ProducerContact, 'id' | 'producerId' | 'position'>;

/** The people an organiser can call about a producer, in the order the producer gave them. */
@Injectable()
export class ProducerContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  ofProducer(producerId: string): Promise<ProducerContact[]> {
    return this.dataSource
      .getRepository(ProducerContact)
      .find({ where: { producerId }, order: { position: 'ASC' } });
  }

  /** The producer's contacts become `contacts`, in that order. */
  async replace(
    manager: EntityManager,
    producerId: string,
    contacts: readonly NewContact[],
  ): Promise<void> {
    const repo = manager.getRepository(ProducerContact);
    await repo.delete({ producerId });
    if (contacts.length === 0) return;
    await repo.insert(contacts.map((contact, position) => ({ ...contact, producerId, position })));
  }
}
