import { describe, expect, it } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { i18n } from '@web/i18n/i18n';
import { producerCatalogue } from '@web/i18n/vi/producer-catalogue';
import { localiseFieldErrors } from './api-errors';

// The catalogue's strings, as its area registers them when it loads.
i18n.addResourceBundle('vi', 'translation', { producerCatalogue }, true, true);
const t = i18n.getFixedT('vi');

describe('localiseFieldErrors', () => {
  it('words a refused field by the reason the API names, in the user’s language', () => {
    const refused = new ApiError(
      400,
      'validation_failed',
      'The request has invalid fields',
      [
        { field: 'contacts.0.phone', message: 'Not a valid Vietnamese phone number' },
        { field: 'legalNameVi', message: 'must be shorter' },
      ],
      { reasons: { 'contacts.0.phone': 'phone_invalid' } },
    );
    const localised = localiseFieldErrors(refused, t) as ApiError;
    expect(localised.fieldErrors()).toEqual({
      'contacts.0.phone': 'Số điện thoại chưa đúng (di động 09xx xxx xxx, cố định 024 xxxx xxxx)',
      legalNameVi: 'must be shorter',
    });
    expect(localised.message).toBe('Một số mục chưa đúng: hãy xem các dòng báo đỏ bên dưới.');
  });

  it('reads a one-field conflict’s reason from its code', () => {
    const taken = new ApiError(409, 'email_taken', 'An account with this email exists', [
      { field: 'email', message: 'is already registered' },
    ]);
    expect((localiseFieldErrors(taken, t) as ApiError).fieldErrors()).toEqual({
      email: 'Email này đã có tài khoản',
    });
  });

  it('leaves errors without fields as they are', () => {
    const gone = new ApiError(404, 'not_found', 'Product not found');
    expect(localiseFieldErrors(gone, t)).toBe(gone);
  });
});
