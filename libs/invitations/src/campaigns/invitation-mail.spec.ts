import { messageData } from '@hoicho/notifications';
import { DEFAULT_INVITATION_TEXTS } from './campaign-text';
import { LetterBuilder, LetterRecipient } from './invitation-mail';

const context = {
  fair: {
    id: 'f1',
    organisingBodyId: 'b1',
    status: 'published',
    names: { vi: 'Hội chợ Làng nghề 2027', en: 'Craft Village Fair 2027' },
    venueName: 'Cung Văn hóa',
    venueAddress: '91 Trần Hưng Đạo',
    mapUrl: 'https://maps.example/?q=1',
    days: [{ date: '2027-10-10', opens: '08:00', closes: '21:00' }],
    startsAt: new Date('2027-10-10T01:00:00Z'),
    endsAt: new Date('2027-10-10T14:00:00Z'),
  },
  body: { id: 'b1', nameVi: 'Sở Công Thương', nameEn: 'Department of Trade', email: null },
  publicUrl: 'https://hoicho.example',
  fallbackEmail: 'no-reply@hoicho.example',
  campaignId: 'c1',
};

const visitor = (n: number): LetterRecipient => ({
  invitationId: `i${n}`,
  token: `t${n}`,
  email: `v${n}@example.com`,
  name: `Nguyễn Văn ${n}`,
  organisation: `Công ty ${n}`,
  language: 'vi',
  country: null,
});

const pending = { status: 'pending' as const, guests: 0 };

describe('LetterBuilder', () => {
  it('shares one object per language and answer state, with the texts when they name no visitor', () => {
    const letters = new LetterBuilder(context, DEFAULT_INVITATION_TEXTS);
    const a = letters.letter(visitor(1), 'invitation', pending, null, 'k1');
    const b = letters.letter(visitor(2), 'invitation', pending, null, 'k2');
    expect(a.shared).toBe(b.shared);
    expect(a.shared).toMatchObject({
      subject: 'Thư mời tham dự Hội chợ Làng nghề 2027',
      rsvpStatus: 'pending',
      kind: 'invitation',
    });
    // Each row keeps only its own fields; together they are the whole letter.
    expect(Object.keys(a.data).sort()).toEqual([
      'fullName',
      'invitationId',
      'rsvpUrl',
      'ticketCode',
    ]);
    expect(messageData(a).message).toContain('Sở Công Thương trân trọng kính mời');
    expect(messageData(a)).toMatchObject({
      fairName: 'Hội chợ Làng nghề 2027',
      kind: 'invitation',
    });
    expect(a.data).toMatchObject({
      fullName: 'Nguyễn Văn 1',
      rsvpUrl: 'https://hoicho.example/invitations/t1',
    });

    const accepted = letters.letter(
      visitor(3),
      'invitation',
      { status: 'accepted', guests: 1 },
      'T1',
      'k3',
    );
    expect(accepted.shared).not.toBe(a.shared);
    expect(accepted.shared).toMatchObject({ rsvpStatus: 'accepted', guests: 1 });
  });

  it('fills a text that names the visitor per letter and keeps it out of the shared part', () => {
    const letters = new LetterBuilder(context, {
      ...DEFAULT_INVITATION_TEXTS,
      subject: { vi: '{{name}} ơi, mời dự {{fair}}', en: '{{name}}, welcome to {{fair}}' },
    });
    const a = letters.letter(visitor(1), 'invitation', pending, null, 'k1');
    const b = letters.letter(visitor(2), 'invitation', pending, null, 'k2');
    expect(a.data.subject).toBe('Nguyễn Văn 1 ơi, mời dự Hội chợ Làng nghề 2027');
    expect(b.data.subject).toBe('Nguyễn Văn 2 ơi, mời dự Hội chợ Làng nghề 2027');
    expect(a.shared).not.toHaveProperty('subject');
    expect(a.shared).toHaveProperty('message', messageData(a).message);
    expect(a.data).not.toHaveProperty('message');
  });
});
