import { AppError, AuthUser, Role } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { SampleDto } from './dto/sample.dto';
import { SampleNames } from './producer-directory';
import { ShowcaseSample } from './showcase-sample.entity';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

// Shared by the sample services only; not exported from the library.

export function toSampleDto(s: ShowcaseSample, names: SampleNames): SampleDto {
  const producer = names.producers.get(s.producerId);
  const product = names.products.get(s.productId);
  return {
    id: s.id,
    fairId: s.fairId,
    showcaseId: s.showcaseId,
    producer: { id: s.producerId, name: producer?.legalNameVi ?? '' },
    product: { id: s.productId, nameVi: product?.nameVi ?? '', nameEn: product?.nameEn ?? null },
    origin: s.origin,
    entryStatus: s.entryStatus,
    note: s.note,
    decisionNote: s.decisionNote,
    quantity: s.quantity,
    declaredValue: s.declaredValue,
    labelCode: s.labelCode,
    custodyStatus: s.custodyStatus,
    displayLocation: s.displayLocation,
    decidedAt: s.decidedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** A producer member sees its own samples only: 404 for the rest, as if they did not exist. */
export function visibleTo(user: AuthUser, sample: ShowcaseSample | null): ShowcaseSample {
  if (!sample || (user.role === Role.Producer && sample.producerId !== user.producerId)) {
    throw AppError.notFound('Sample');
  }
  return sample;
}

/** The sample locked for a change in this transaction, if the caller may see it. */
export async function lockSample(
  samples: ShowcaseSampleRepository,
  manager: EntityManager,
  user: AuthUser,
  ids: { fairId: string; showcaseId: string; sampleId: string },
): Promise<ShowcaseSample> {
  return visibleTo(
    user,
    await samples.lockInShowcase(manager, ids.fairId, ids.showcaseId, ids.sampleId),
  );
}
