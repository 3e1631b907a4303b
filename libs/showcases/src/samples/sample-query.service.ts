import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Page, pageOf, Role } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { FairGate } from '../showcases/fair-gate';
import { ShowcasesService } from '../showcases/showcases.service';
import {
  SampleDto,
  SampleQueryDto,
  ShowcaseWithSamplesDto,
  UnreturnedReportDto,
} from './dto/sample.dto';
import { ProducerDirectory } from './producer-directory';
import { SampleCustodyEvent } from './sample-custody-event.entity';
import { toSampleDto } from './sample-rows';
import { ShowcaseSample } from './showcase-sample.entity';

/**
 * Reading entries and samples: one with its trail, a showcase's, a producer's, the unreturned
 * report at the fair's close, and the accepted samples to print labels for.
 */
@Injectable()
export class SampleQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
  ) {}

  /** Organisers see every entry; a producer member only its own (404 for the rest). */
  async get(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
  ): Promise<SampleDto> {
    await this.gate.forReader(user, fairId);
    const sample = await this.dataSource
      .getRepository(ShowcaseSample)
      .findOneBy({ id: sampleId, fairId, showcaseId });
    if (!sample || (user.role === Role.Producer && sample.producerId !== user.producerId)) {
      throw AppError.notFound('Sample');
    }
    const dto = toSampleDto(sample, await this.directory.names([sample]));
    const events = await this.dataSource
      .getRepository(SampleCustodyEvent)
      .find({ where: { sampleId }, order: { seq: 'ASC' } });
    const actors = await this.directory.userNames(events.map((e) => e.actorId));
    dto.trail = events.map((e) => ({
      seq: e.seq,
      step: e.step,
      from: e.fromStatus,
      to: e.toStatus,
      details: e.details,
      actor: { id: e.actorId, name: actors.get(e.actorId) ?? '' },
      at: e.occurredAt,
    }));
    return dto;
  }

  async showcaseWithSamples(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
  ): Promise<ShowcaseWithSamplesDto> {
    const listed = (await this.showcases.list(user, fairId)).find((s) => s.id === showcaseId);
    if (!listed) throw AppError.notFound('Showcase');
    const samples = await this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where('s.showcaseId = :showcaseId', { showcaseId })
      .andWhere(user.role === Role.Producer ? 's.producerId = :producerId' : 'TRUE', {
        producerId: user.producerId,
      })
      .orderBy('s.labelCode', 'ASC', 'NULLS LAST')
      .addOrderBy('s.createdAt')
      .getMany();
    const names = await this.directory.names(samples);
    return { ...listed, samples: samples.map((s) => toSampleDto(s, names)) };
  }

  /** A producer's entries in every showcase, newest first. */
  async ofProducer(producerId: string, query: SampleQueryDto): Promise<Page<SampleDto>> {
    const [rows, total] = await this.dataSource.getRepository(ShowcaseSample).findAndCount({
      where: { producerId, ...(query.entryStatus ? { entryStatus: query.entryStatus } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const names = await this.directory.names(rows);
    return pageOf(
      rows.map((s) => toSampleDto(s, names)),
      total,
      query,
    );
  }

  /** Samples still in the organisers' hands (received or on display): the list to clear at close. */
  async unreturned(user: AuthUser, fairId: string): Promise<UnreturnedReportDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    const rows: {
      id: string;
      showcaseId: string;
      showcaseTitle: string;
      producerId: string;
      productId: string;
      labelCode: string;
      quantity: number;
      declaredValue: string;
      custodyStatus: 'received' | 'on_display';
      displayLocation: string | null;
      since: Date;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.showcase_id AS "showcaseId", c.title_vi AS "showcaseTitle",
              s.producer_id AS "producerId", s.product_id AS "productId",
              s.label_code AS "labelCode", s.quantity, s.declared_value AS "declaredValue",
              s.custody_status AS "custodyStatus", s.display_location AS "displayLocation",
              (SELECT max(e.occurred_at) FROM sample_custody_events e WHERE e.sample_id = s.id) AS since
         FROM showcase_samples s JOIN showcases c ON c.id = s.showcase_id
        WHERE s.fair_id = $1 AND s.custody_status IN ('received', 'on_display')
        ORDER BY s.label_code`,
      [fairId],
    );
    const names = await this.directory.names(rows);
    return {
      fairId,
      fairStatus: fair.status,
      total: rows.length,
      declaredValue: rows.reduce((sum, r) => sum + BigInt(r.declaredValue), 0n).toString(),
      items: rows.map((r) => {
        const product = names.products.get(r.productId);
        return {
          sampleId: r.id,
          labelCode: r.labelCode,
          showcase: { id: r.showcaseId, name: r.showcaseTitle },
          producer: {
            id: r.producerId,
            name: names.producers.get(r.producerId)?.legalNameVi ?? '',
          },
          product: {
            id: r.productId,
            nameVi: product?.nameVi ?? '',
            nameEn: product?.nameEn ?? null,
          },
          quantity: r.quantity,
          declaredValue: r.declaredValue,
          custodyStatus: r.custodyStatus,
          displayLocation: r.displayLocation,
          since: r.since,
        };
      }),
    };
  }

  /**
   * The accepted samples of a showcase, by label code (for the label sheet), leaving out those
   * cancelled because they never arrived: there is nothing to stick their label on.
   */
  async acceptedSamples(fairId: string, showcaseId: string, sampleId?: string) {
    const samples = await this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where("s.fairId = :fairId AND s.showcaseId = :showcaseId AND s.entryStatus = 'accepted'", {
        fairId,
        showcaseId,
      })
      .andWhere("s.custodyStatus <> 'cancelled'")
      .andWhere(sampleId ? 's.id = :sampleId' : 'TRUE', { sampleId })
      .orderBy('s.labelCode')
      .getMany();
    return { samples, names: await this.directory.names(samples) };
  }
}
