import { normalisePhone } from '../domain';
import { Commune } from '../reference/commune.entity';
import { Province } from '../reference/province.entity';
import { CraftVillage } from '../villages/craft-village.entity';
import { ContactDto, ProducerDto, ProducerSummaryDto } from './dto/producer-view.dto';
import { ProducerContact } from './producer-contact.entity';
import { Producer } from './producer.entity';

export interface ProducerParts {
  village: CraftVillage | null;
  province: Province | null;
  commune: Commune | null;
  contacts: ProducerContact[];
}

export function toProducerSummary(p: Producer, village: CraftVillage | null): ProducerSummaryDto {
  return {
    id: p.id,
    legalNameVi: p.legalNameVi,
    legalNameEn: p.legalNameEn,
    legalForm: p.legalForm,
    craftCategory: p.craftCategory,
    craftVillage: village,
    provinceCode: p.provinceCode,
    published: p.published,
  };
}

function toContact(c: ProducerContact): ContactDto {
  const phone = normalisePhone(c.phoneE164);
  return {
    name: c.name,
    title: c.title,
    phone: c.phoneE164,
    phoneNational: phone.ok ? phone.value.national : c.phoneE164,
    email: c.email,
  };
}

export function toProducerDto(p: Producer, parts: ProducerParts): ProducerDto {
  const { province, commune } = parts;
  return {
    ...toProducerSummary(p, parts.village),
    visibility: 'full',
    taxCode: p.taxCode,
    address:
      province && commune
        ? {
            provinceCode: province.code,
            provinceName: province.name,
            communeCode: commune.code,
            communeName: commune.name,
            detail: p.addressDetail,
            formerAddress: p.formerAddress,
          }
        : null,
    contacts: parts.contacts.map(toContact),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** What an organiser of a body the producer has not applied to sees: no private details. */
export function toPublicProducerDto(p: Producer, village: CraftVillage | null): ProducerDto {
  return {
    ...toProducerSummary(p, village),
    visibility: 'public',
    taxCode: null,
    address: null,
    contacts: [],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
