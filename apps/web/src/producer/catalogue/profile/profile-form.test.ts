import { describe, expect, it } from 'vitest';
import type { Producer } from './profile-api';
import { profileUpdate, profileValues } from './profile-form';

const producer: Producer = {
  id: 'p1',
  legalNameVi: 'HTX Mây tre đan Phú Vinh',
  legalNameEn: null,
  legalForm: 'cooperative',
  craftCategory: 'may-tre-dan',
  craftVillage: null,
  provinceCode: null,
  published: false,
  visibility: 'full',
  taxCode: null,
  address: null,
  contacts: [
    {
      name: 'Nguyễn Văn An',
      title: null,
      phone: '+84912345678',
      phoneNational: '0912 345 678',
      email: null,
    },
  ],
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('profile form', () => {
  it('shows the phone as people write it and empty text where the API has null', () => {
    const values = profileValues(producer);
    expect(values.contacts[0]).toEqual({
      name: 'Nguyễn Văn An',
      title: '',
      phone: '0912 345 678',
      email: '',
    });
    expect(values.address).toEqual({
      provinceCode: '',
      communeCode: '',
      detail: '',
      formerAddress: '',
    });
  });

  it('sends null for cleared fields and no address when none is given', () => {
    const update = profileUpdate({ ...profileValues(producer), legalNameEn: '  ' });
    expect(update).toMatchObject({
      legalNameEn: null,
      taxCode: null,
      address: null,
      craftVillageId: null,
    });
    expect(update.contacts).toEqual([
      { name: 'Nguyễn Văn An', title: null, phone: '0912 345 678', email: null },
    ]);
  });

  it('sends a started address whole, so the API names what is missing', () => {
    const values = profileValues(producer);
    values.address.provinceCode = '01';
    expect(profileUpdate(values).address).toEqual({
      provinceCode: '01',
      communeCode: '',
      detail: null,
      formerAddress: null,
    });
  });
});
