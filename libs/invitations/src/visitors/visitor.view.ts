import { preferredLanguage } from '../domain';
import { VisitorDto } from './dto/visitor.dto';
import { VisitorEntity } from './visitor.entity';

export function toVisitorDto(row: VisitorEntity): VisitorDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    phone: row.phone,
    country: row.country,
    language: row.language,
    mailLanguage: preferredLanguage({
      language: row.language ?? undefined,
      country: row.country ?? undefined,
    }),
    segment: row.segment,
    tags: row.tags,
    consent: row.consent,
    source: row.source,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
