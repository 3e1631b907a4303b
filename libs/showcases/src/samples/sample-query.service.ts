import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Page, pageOf, Role } from '@hoicho/platform';
import { FairGate } from '../showcases/fair-gate';
import { ShowcasesService } from '../showcases/showcases.service';
import { ShowcaseRepository } from '../showcases/showcase.repository';
import {
  ProducerSampleDto,
  ProducerSampleQueryDto,
  SampleDto,
  ShowcaseWithSamplesDto,
} from './dto/sample.dto';
import { CustodyEventRepository } from './custody-event.repository';
import { ProducerDirectory } from './producer-directory';
import { toSampleDto, visibleTo } from './sample-rows';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

/**
 * Reading entries and samples: one with its trail, a showcase's, a producer's, and the accepted
 * samples to print labels for.
 */
@Injectable()
export class SampleQueryService {
  constructor(
    private readonly samples: ShowcaseSampleRepository,
    private readonly trail: CustodyEventRepository,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
    private readonly showcaseRows: ShowcaseRepository,
  ) {}

  /** Organisers see every entry; a producer member only its own (404 for the rest). */
  async get(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
  ): Promise<SampleDto> {
    await this.gate.forReader(user, fairId);
    const sample = visibleTo(user, await this.samples.findInShowcase(fairId, showcaseId, sampleId));
    const dto = toSampleDto(sample, await this.directory.names([sample]));
    const events = await this.trail.trailOf(sampleId);
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
    const samples = await this.samples.ofShowcase(
      showcaseId,
      user.role === Role.Producer ? user.producerId! : undefined,
    );
    const names = await this.directory.names(samples);
    return { ...listed, samples: samples.map((s) => toSampleDto(s, names)) };
  }

  /** A producer's entries in every showcase, newest first, with the showcase and its dates. */
  async ofProducer(
    producerId: string,
    query: ProducerSampleQueryDto,
  ): Promise<Page<ProducerSampleDto>> {
    const { rows, total } = await this.samples.pageOfProducer(
      producerId,
      { entryStatus: query.entryStatus, custodyStatus: query.custodyStatus },
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    const names = await this.directory.names(rows);
    const showcases = new Map(
      (await this.showcaseRows.byIds(rows.map((s) => s.showcaseId))).map((s) => [s.id, s]),
    );
    const since = await this.trail.lastStepAt(rows.map((s) => s.id));
    return pageOf(
      rows.map((s) => {
        const showcase = showcases.get(s.showcaseId)!;
        return {
          ...toSampleDto(s, names),
          showcase: {
            id: showcase.id,
            titleVi: showcase.titleVi,
            titleEn: showcase.titleEn,
            location: showcase.location,
            startsOn: showcase.startsOn,
            endsOn: showcase.endsOn,
          },
          statusSince: since.get(s.id) ?? null,
        };
      }),
      total,
      query,
    );
  }

  /**
   * The accepted samples of a showcase, by label code (for the label sheet), leaving out those
   * cancelled because they never arrived: there is nothing to stick their label on.
   */
  async acceptedSamples(fairId: string, showcaseId: string, sampleId?: string) {
    const samples = await this.samples.acceptedOfShowcase(fairId, showcaseId, sampleId);
    return { samples, names: await this.directory.names(samples) };
  }
}
