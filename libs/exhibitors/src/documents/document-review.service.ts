import { Inject, Injectable } from '@nestjs/common';
import { OrganisingBodiesService, UsersService } from '@hoicho/accounts';
import { appLinks, OutboxService } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  AuthUser,
  Clock,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import { vietnamDateOf } from '@hoicho/platform/domain';
import { DOCUMENT_KIND_LABELS } from '../domain';
import { ProducerRepository } from '../producers/producer.repository';
import { toDocumentDto } from './document.view';
import { DocumentReviewDto, ProducerDocumentDto } from './dto/document.dto';
import { ProducerDocument } from './producer-document.entity';
import { ProducerDocumentRepository } from './producer-document.repository';
import { ProducerDocumentsService } from './producer-documents.service';

/**
 * An organiser marks a producer's current document checked, or refuses it with a reason; every
 * active member of the producer is mailed the answer, in their language, through the outbox in
 * the same transaction (one mail per answer and member).
 */
@Injectable()
export class DocumentReviewService {
  constructor(
    private readonly documents: ProducerDocumentRepository,
    private readonly access: ProducerDocumentsService,
    private readonly producers: ProducerRepository,
    private readonly users: UsersService,
    private readonly bodies: OrganisingBodiesService,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async review(
    user: AuthUser,
    producerId: string,
    id: string,
    dto: DocumentReviewDto,
  ): Promise<ProducerDocumentDto> {
    await this.access.assertMayRead(user, producerId);
    const doc = await this.documents.findOfProducer(producerId, id);
    if (!doc) throw AppError.notFound('Document');
    const now = this.clock.now();
    const reason = dto.status === 'refused' ? dto.reason! : null;
    const body = user.organisingBodyId ? await this.bodies.get(user.organisingBodyId) : null;
    const producer = await this.producers.findById(producerId);
    const members = (await this.users.listByProducer(producerId)).filter((u) => !u.disabledAt);
    await this.transactions.run(async (tx) => {
      const done = await this.documents.review(tx.manager, producerId, id, {
        status: dto.status,
        reason,
        by: user.id,
        at: now,
      });
      if (!done)
        throw new AppError('conflict', 'document_not_current', 'This document was replaced', [
          { field: 'documentId', message: 'was replaced by a newer upload' },
        ]);
      for (const member of members) {
        await this.mail(tx, member, doc, {
          checked: dto.status === 'checked',
          reason,
          producerName: producer?.legalNameVi ?? '',
          body,
          at: now,
        });
      }
    });
    const row = await this.documents.findOfProducer(producerId, id);
    return toDocumentDto(row!, vietnamDateOf(now));
  }

  private async mail(
    tx: Tx,
    member: { id: string; email: string; fullName: string; locale: 'vi' | 'en' },
    doc: ProducerDocument,
    news: {
      checked: boolean;
      reason: string | null;
      producerName: string;
      body: { id: string; nameVi: string; nameEn: string | null } | null;
      at: Date;
    },
  ): Promise<void> {
    const lang = member.locale;
    const bodyName = news.body
      ? lang === 'en'
        ? (news.body.nameEn ?? news.body.nameVi)
        : news.body.nameVi
      : lang === 'en'
        ? 'The organisers'
        : 'Ban tổ chức';
    await this.outbox.record(tx, {
      template: 'document.reviewed',
      to: member.email,
      locale: lang,
      organisingBodyId: news.body?.id ?? null,
      dedupeKey: `document:${doc.id}:reviewed:${news.at.getTime()}:${member.id}`,
      data: {
        fullName: member.fullName,
        producerName: news.producerName,
        documentName: doc.title ?? DOCUMENT_KIND_LABELS[doc.kind][lang],
        bodyName,
        checked: news.checked,
        reason: news.reason,
        documentsUrl: appLinks.documents(this.config.publicUrl),
      },
    });
  }
}
