import {
  buildCalendarInvite,
  calendarInviteFactory,
  type CalendarInviteInput,
} from './calendar-invite';

const input: CalendarInviteInput = {
  invitationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  language: 'vi',
  fairName: {
    vi: 'Hội chợ Làng nghề và Sản phẩm OCOP Hà Nội 2025 — mây tre đan, gốm sứ, lụa, khảm trai',
    en: 'Hanoi Craft Village and OCOP Fair 2025',
  },
  venue: {
    name: 'Cung Văn hoá Hữu nghị',
    address: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
    mapUrl: 'https://maps.example.com/?q=21.0245,105.8412',
    geo: { lat: 21.0245, lon: 105.8412 },
  },
  days: [
    { date: '2025-10-10', opens: '08:00', closes: '21:00' },
    { date: '2025-10-11', opens: '08:00', closes: '21:00' },
    { date: '2025-10-12', opens: '08:00', closes: '17:00' },
  ],
  organiser: { name: 'Trung tâm Khuyến công Hà Nội', email: 'khuyencong@example.gov.vn' },
  note: 'Thư mời: https://hoicho.example.vn/i/abc',
};

/** RFC 5545 folds long lines with CRLF + space/tab; undo it to read the properties. */
function unfold(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, '');
}

describe('buildCalendarInvite', () => {
  it('has one event per opening day in Hà Nội time (VTIMEZONE) with stable UIDs', () => {
    const ics = unfold(buildCalendarInvite(input));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.match(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Ho_Chi_Minh\r\n/g)).toHaveLength(1);
    expect(ics.indexOf('END:VTIMEZONE')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'));
    expect(ics).toContain('TZOFFSETTO:+0700');
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20251010T080000');
    expect(ics).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20251010T210000');
    expect(ics).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20251012T170000');
    expect(ics).not.toMatch(/^DT(START|END):\d{8}T\d{6}Z/m);
    expect(ics).toContain('UID:7c9e6679-7425-40de-944b-e07fc1f90ae7-20251011@hoicho');
    expect(unfold(buildCalendarInvite(input)).match(/UID:.*/g)).toEqual(ics.match(/UID:.*/g));
  });

  it('carries title, venue, map link, geo and organiser, in the visitor language', () => {
    const vi = unfold(buildCalendarInvite(input));
    expect(vi).toContain(`SUMMARY:${input.fairName.vi.replace(/,/g, '\\,')}`);
    expect(vi).toContain(
      'LOCATION:Cung Văn hoá Hữu nghị\\, 91 Trần Hưng Đạo\\, phường Cửa Nam\\, Hà Nội',
    );
    expect(vi).toContain('GEO:21.0245;105.8412');
    expect(vi).toContain(`URL:${input.venue.mapUrl}`);
    expect(vi).toContain('Bản đồ: https://maps.example.com/?q=21.0245\\,105.8412');
    expect(vi).toMatch(
      /ORGANIZER;CN="?Trung tâm Khuyến công Hà Nội"?:MAILTO:khuyencong@example.gov.vn/,
    );

    const en = unfold(buildCalendarInvite({ ...input, language: 'en' }));
    expect(en).toContain('SUMMARY:Hanoi Craft Village and OCOP Fair 2025');
    expect(en).toContain('Map: https://maps.example.com');
  });

  it('folds long Vietnamese lines without splitting a character', () => {
    const ics = buildCalendarInvite(input);
    expect(ics).not.toContain('\uFFFD');
    expect(ics).toContain('\r\n ');
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('throws clear errors for impossible days and bad data', () => {
    expect(() => buildCalendarInvite({ ...input, days: [] })).toThrow('at least one opening day');
    expect(() =>
      buildCalendarInvite({
        ...input,
        days: [{ date: '2025-10-10', opens: '18:00', closes: '08:00' }],
      }),
    ).toThrow('closes before it opens on 2025-10-10');
    expect(() =>
      buildCalendarInvite({ ...input, organiser: { name: 'BTC', email: 'not an email' } }),
    ).toThrow('Cannot build the calendar invite');
  });
});

describe('calendarInviteFactory', () => {
  const withoutStamp = (ics: string) => ics.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP');
  const { invitationId: _id, note: _note, ...shared } = input;
  const make = calendarInviteFactory(shared);

  it.each([
    ['a link', 'Thư mời: https://hoicho.example.vn/i/abc'],
    ['text to escape', 'Trả lời; xem thêm, tại: C:\\ghi chú\nDòng hai'],
    ['no note', undefined],
  ])('builds what buildCalendarInvite builds, with %s', (_label, note) => {
    const id = 'a1b2c3d4-0000-4000-8000-123456789abc';
    expect(withoutStamp(make(id, note))).toBe(
      withoutStamp(buildCalendarInvite({ ...shared, invitationId: id, note })),
    );
  });
});
