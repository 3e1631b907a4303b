import { holderInitials, packTicketPayload, unpackTicketPayload } from './ticket-payload';

const payload = {
  fairId: '0b6a1f3e-4c2d-4e8a-9f10-2a3b4c5d6e7f',
  ticketId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  initials: 'NVA',
  expiresAt: 1_760_000_000,
};

describe('ticket payload', () => {
  it.each([
    ['Nguyễn Văn An', 'NVA'],
    ['Đặng Thị Ánh', 'DTA'],
    ['  trần   đức  ', 'TD'],
    ['Mary-Jane O’Neil', 'MJON'],
    ['Tôn Nữ Thị Hoàng Bảo Minh Châu Anh', 'TNTHBMCA'],
    ['', ''],
  ])('initials of %p are %p', (name, initials) => {
    expect(holderInitials(name)).toBe(initials);
  });

  it('packs into 40 bytes for three initials and back', () => {
    const bytes = packTicketPayload(payload);
    expect(bytes).toHaveLength(40);
    expect(unpackTicketPayload(bytes)).toEqual(payload);
  });

  it('refuses what does not fit the format', () => {
    expect(() => packTicketPayload({ ...payload, fairId: 'fair-1' })).toThrow('not a UUID');
    expect(() => packTicketPayload({ ...payload, initials: 'nva' })).toThrow('initials');
    expect(() => packTicketPayload({ ...payload, expiresAt: 2 ** 32 })).toThrow('32 bits');
  });

  it('rejects bytes of the wrong length', () => {
    const bytes = packTicketPayload(payload);
    expect(unpackTicketPayload(bytes.subarray(0, 39))).toBeUndefined();
    expect(unpackTicketPayload(Buffer.concat([bytes, Buffer.from('X')]))).toBeUndefined();
  });
});
