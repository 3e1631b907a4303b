import { describe, expect, it } from 'vitest';
import { emptyFair, fairFormErrors, fairInput, isoDay, isoInstant } from './fair-form';

const filled = () => ({
  ...emptyFair(),
  nameVi: '  Hội chợ làng nghề Hà Nội ',
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, Hà Nội',
  days: [{ date: '10/10/2027', opens: '08:00', closes: '21:00' }],
  applicationsOpenAt: '01/08/2027 08:00',
  applicationsCloseAt: '15/09/2027 17:00',
});

describe('the fair form', () => {
  it('reads dates as dd/mm/yyyy and refuses days that do not exist', () => {
    expect(isoDay('10/10/2027')).toBe('2027-10-10');
    expect(isoDay('29/02/2027')).toBeNull();
    expect(isoDay('2027-10-10')).toBeNull();
    expect(isoInstant('01/08/2027 08:00')).toBe('2027-08-01T08:00');
    expect(isoInstant('01/08/2027 8 giờ')).toBeNull();
    expect(isoInstant('01/08/2027 24:00')).toBeNull();
  });

  it('sends Hà Nội wall clock and "none" for an empty English name or deadline', () => {
    expect(fairInput(filled())).toEqual({
      nameVi: 'Hội chợ làng nghề Hà Nội',
      nameEn: null,
      venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
      venueAddress: '91 Trần Hưng Đạo, Hà Nội',
      days: [{ date: '2027-10-10', opens: '08:00', closes: '21:00' }],
      applicationsOpenAt: '2027-08-01T08:00',
      applicationsCloseAt: '2027-09-15T17:00',
      withdrawalDeadline: null,
    });
    expect(fairFormErrors(filled())).toEqual({});
  });

  it('names each field that is missing, malformed or out of order', () => {
    const errors = fairFormErrors({
      ...filled(),
      nameVi: ' ',
      days: [
        { date: '', opens: '08:00', closes: '21:00' },
        { date: '32/10/2027', opens: '9h', closes: '08:00' },
        { date: '11/10/2027', opens: '18:00', closes: '08:00' },
      ],
      applicationsCloseAt: '01/07/2027 08:00',
      withdrawalDeadline: 'sau',
    });
    expect(errors).toEqual({
      nameVi: 'organiser.fairForm.required',
      'days.0.date': 'organiser.fairForm.required',
      'days.1.date': 'organiser.fairForm.dateFormat',
      'days.1.opens': 'organiser.fairForm.timeFormat',
      'days.2.closes': 'organiser.fairForm.closesAfterOpens',
      applicationsCloseAt: 'organiser.fairForm.closeAfterOpen',
      withdrawalDeadline: 'organiser.fairForm.instantFormat',
    });
  });
});
