import type { LegalForm } from './tax-code-feedback';
import type { Producer, ProducerUpdate } from './profile-api';

export interface ContactValues {
  name: string;
  title: string;
  phone: string;
  email: string;
}

/** The profile form: text inputs hold '' where the API holds null. */
export interface ProfileValues extends Record<string, unknown> {
  legalNameVi: string;
  legalNameEn: string;
  legalForm: LegalForm;
  taxCode: string;
  /** Nested as the API nests it, so its field errors (`address.communeCode`) land in place. */
  address: { provinceCode: string; communeCode: string; detail: string; formerAddress: string };
  craftVillageId: string;
  contacts: ContactValues[];
  published: boolean;
}

export const emptyContact = (): ContactValues => ({ name: '', title: '', phone: '', email: '' });

export function profileValues(producer: Producer): ProfileValues {
  const address = producer.address;
  return {
    legalNameVi: producer.legalNameVi,
    legalNameEn: producer.legalNameEn ?? '',
    legalForm: producer.legalForm ?? 'cooperative',
    taxCode: producer.taxCode ?? '',
    address: {
      provinceCode: address?.provinceCode ?? '',
      communeCode: address?.communeCode ?? '',
      detail: address?.detail ?? '',
      formerAddress: address?.formerAddress ?? '',
    },
    craftVillageId: producer.craftVillage?.id ?? '',
    contacts: producer.contacts.map((contact) => ({
      name: contact.name,
      title: contact.title ?? '',
      phone: contact.phoneNational,
      email: contact.email ?? '',
    })),
    published: producer.published,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The whole profile in one PATCH: saved together or not at all. */
export function profileUpdate(values: ProfileValues): ProducerUpdate {
  const { provinceCode, communeCode, detail, formerAddress } = values.address;
  const noAddress = [provinceCode, communeCode, detail, formerAddress].every((v) => !v.trim());
  return {
    legalNameVi: values.legalNameVi.trim(),
    legalNameEn: orNull(values.legalNameEn),
    legalForm: values.legalForm,
    taxCode: orNull(values.taxCode),
    address: noAddress
      ? null
      : { provinceCode, communeCode, detail: orNull(detail), formerAddress: orNull(formerAddress) },
    craftVillageId: values.craftVillageId || null,
    contacts: values.contacts.map((contact) => ({
      name: contact.name.trim(),
      title: orNull(contact.title),
      phone: contact.phone.trim(),
      email: orNull(contact.email),
    })),
    published: values.published,
  };
}
