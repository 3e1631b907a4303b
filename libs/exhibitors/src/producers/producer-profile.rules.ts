import { Injectable } from '@nestjs/common';
import { FieldIssues } from '../common/field-errors';
import { normalisePhone, validateAddress, validateTaxCode } from '../domain';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CraftVillageRepository } from '../villages/craft-village.repository';
import { ContactInputDto, UpdateProducerDto } from './dto/update-producer.dto';
import { Producer } from './producer.entity';

export interface ContactRow {
  name: string;
  title: string | null;
  phoneE164: string;
  email: string | null;
}

export interface ProfileChange {
  producer: Producer;
  /** Present when the request replaced the contacts. */
  contacts?: ContactRow[];
}

/**
 * Applies a PATCH to a producer and checks the result as a whole: the tax code against the
 * legal form it ends up with, the address against the reference data, each contact's phone.
 * Every bad field is reported at once; nothing is written by this class.
 */
@Injectable()
export class ProducerProfileRules {
  constructor(
    private readonly villages: CraftVillageRepository,
    private readonly reference: ReferenceDataService,
  ) {}

  async apply(current: Producer, dto: UpdateProducerDto): Promise<ProfileChange> {
    const issues = new FieldIssues();
    const next: Producer = { ...current };
    if (dto.legalNameVi !== undefined) next.legalNameVi = dto.legalNameVi;
    if (dto.legalNameEn !== undefined) next.legalNameEn = dto.legalNameEn;
    if (dto.legalForm !== undefined) next.legalForm = dto.legalForm;
    if (dto.published !== undefined) next.published = dto.published;
    this.taxCode(next, dto.taxCode === undefined ? current.taxCode : dto.taxCode, issues);
    if (dto.address !== undefined) await this.address(next, dto, issues);
    if (dto.craftCategory !== undefined) {
      next.craftCategory = dto.craftCategory;
      if (dto.craftCategory && !(await this.reference.craftCategoryExists(dto.craftCategory)))
        issues.add('craftCategory', `Unknown craft category ${dto.craftCategory}`, 'unknown');
    }
    if (dto.craftVillageId !== undefined) await this.village(next, dto, issues);
    const contacts = dto.contacts && this.contacts(dto.contacts, issues);
    issues.throwIfAny();
    return { producer: next, contacts };
  }

  private taxCode(next: Producer, raw: string | null, issues: FieldIssues): void {
    if (raw === null) {
      next.taxCode = null;
    } else if (!next.legalForm) {
      issues.add(
        'legalForm',
        'Choose the legal form first: the tax code rules depend on it',
        'required',
      );
    } else {
      next.taxCode = issues.take(validateTaxCode(raw, next.legalForm)) ?? next.taxCode;
    }
  }

  private async address(next: Producer, dto: UpdateProducerDto, issues: FieldIssues) {
    const input = dto.address;
    if (!input) {
      Object.assign(next, {
        provinceCode: null,
        communeCode: null,
        addressDetail: null,
        formerAddress: null,
      });
      return;
    }
    const lookup = await this.reference.lookupFor(input.provinceCode, input.communeCode);
    const address = issues.take(validateAddress(input, lookup), 'address.');
    if (!address) return;
    next.provinceCode = address.provinceCode;
    next.communeCode = address.communeCode;
    next.addressDetail = address.detail;
    next.formerAddress = address.formerAddress;
  }

  /** A village also gives the producer its craft, unless the producer already has one. */
  private async village(next: Producer, dto: UpdateProducerDto, issues: FieldIssues) {
    next.craftVillageId = dto.craftVillageId ?? null;
    if (!dto.craftVillageId) return;
    const village = await this.villages.findById(dto.craftVillageId);
    if (!village) return issues.add('craftVillageId', 'Unknown craft village', 'unknown');
    if (!next.craftCategory && dto.craftCategory === undefined)
      next.craftCategory = village.craftCategory;
  }

  private contacts(input: ContactInputDto[], issues: FieldIssues): ContactRow[] {
    return input.map((contact, i) => {
      const phone = issues.take(normalisePhone(contact.phone), `contacts.${i}.`);
      return {
        name: contact.name,
        title: contact.title ?? null,
        phoneE164: phone?.e164 ?? '',
        email: contact.email ?? null,
      };
    });
  }
}
