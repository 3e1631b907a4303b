import { calendarInviteFactory } from '../domain/calendar-invite';
import { ticketQrPng } from '../domain/ticket-qr';
import {
  appLinks,
  defineTemplate,
  Locale,
  MailAttachment,
  PREVIEW_PUBLIC_URL,
} from '@hoicho/notifications/mails';

/** Everything an invitation, a reminder or a ticket email says; built by libs/invitations. */
export interface InvitationLetterData {
  kind: 'invitation' | 'reminder' | 'ticket';
  /** Stable calendar UIDs: a reminder updates the entries the invitation created. */
  invitationId: string;
  fullName: string;
  bodyName: string;
  /** The campaign's subject and message with placeholders already filled (plain text). */
  subject: string;
  message: string;
  fairName: string;
  fairNames: { vi: string; en: string };
  /** One line per opening day, written in the mail's language. */
  dateLines: string[];
  days: { date: string; opens: string; closes: string }[];
  venueName: string;
  venueAddress: string;
  mapUrl: string;
  organiserEmail: string;
  /** The personal link: view, accept or decline. */
  rsvpUrl: string;
  rsvpStatus: 'pending' | 'accepted' | 'declined';
  guests: number;
  /** The signed ticket code (HC1.…) when the invitation is accepted or pre-accepted. */
  ticketCode: string | null;
}

export const TICKET_QR_CID = 'ticket-qr@hoicho';

// A mailing renders the same fair for every message: its calendar is built once per language
// (the ics package validates each event, ~1 ms) and only the UID and link change per message.
const calendars = new Map<string, (invitationId: string, note?: string) => string>();
const CALENDAR_CACHE_SIZE = 64;

function calendarFor(data: InvitationLetterData, locale: Locale) {
  const input = {
    language: locale,
    fairName: data.fairNames,
    venue: { name: data.venueName, address: data.venueAddress, mapUrl: data.mapUrl },
    days: data.days,
    organiser: { name: data.bodyName, email: data.organiserEmail },
  };
  const key = JSON.stringify(input);
  let make = calendars.get(key);
  if (!make) {
    make = calendarInviteFactory(input);
    if (calendars.size >= CALENDAR_CACHE_SIZE) calendars.delete(calendars.keys().next().value!);
    calendars.set(key, make);
  }
  return make;
}

/** The .ics for every opening day and, with a ticket, its QR as an inline image. */
export async function invitationAttachments(
  data: InvitationLetterData,
  locale: Locale,
): Promise<MailAttachment[]> {
  const attachments: MailAttachment[] = [
    {
      filename: 'hoi-cho.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: calendarFor(data, locale)(
        data.invitationId,
        `${locale === 'vi' ? 'Thư mời' : 'Invitation'}: ${data.rsvpUrl}`,
      ),
    },
  ];
  if (data.ticketCode) {
    attachments.push({
      filename: 've-qr.png',
      contentType: 'image/png',
      content: await ticketQrPng(data.ticketCode),
      cid: TICKET_QR_CID,
    });
  }
  return attachments;
}

export const INVITATION_PREVIEW: InvitationLetterData = {
  kind: 'invitation',
  invitationId: '5b0c6a43-6f0e-4d5e-9c55-8f1f3f7b2a10',
  fullName: 'Nguyễn Thị Lan',
  bodyName: 'Sở Công Thương Hà Nội',
  subject: 'Thư mời tham dự Hội chợ Làng nghề Hà Nội 2027',
  message:
    'Sở Công Thương Hà Nội trân trọng kính mời Quý khách tham dự Hội chợ Làng nghề Hà Nội 2027.\n\nHội chợ giới thiệu sản phẩm mây tre đan, gốm sứ, lụa và sơn mài của hơn 100 cơ sở.',
  fairName: 'Hội chợ Làng nghề Hà Nội 2027',
  fairNames: { vi: 'Hội chợ Làng nghề Hà Nội 2027', en: 'Hanoi Craft Village Fair 2027' },
  dateLines: ['Chủ Nhật, 10/10/2027: 08:00–21:00', 'Thứ Hai, 11/10/2027: 08:00–17:00'],
  days: [
    { date: '2027-10-10', opens: '08:00', closes: '21:00' },
    { date: '2027-10-11', opens: '08:00', closes: '17:00' },
  ],
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  mapUrl: 'https://www.google.com/maps/search/?api=1&query=Cung%20V%C4%83n%20h%C3%B3a',
  organiserEmail: 'sct@hanoi.example',
  rsvpUrl: appLinks.invitation(PREVIEW_PUBLIC_URL, 'preview-token'),
  rsvpStatus: 'accepted',
  guests: 1,
  ticketCode: 'HC1.preview',
};

/** The web app's primary green (AA with white text). */
export const GREEN = '#0c6b58';

/** A link drawn as a button; inline-block, so a long label wraps on a phone. */
export const BUTTON = `display:inline-block;background:${GREEN};color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:bold`;

/**
 * The invitation letter (and its reminders): the organiser's message, the fair's name, days and
 * hours, the venue with a map link, the personal link, the ticket QR once accepted or
 * pre-accepted, and a calendar file. Bulk: it honours unsubscribes and carries one-click
 * unsubscribe headers.
 */
export const invitationLetter = defineTemplate({
  name: 'invitation.letter',
  bulk: true,
  subject: { vi: '{{subject}}', en: '{{subject}}' },
  html: {
    vi: `<p>Kính gửi {{fullName}},</p>
{{paragraphs message}}
<table role="presentation" cellpadding="4" cellspacing="0" style="margin:16px 0;border-left:3px solid ${GREEN}">
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Sự kiện</strong></td><td>{{fairName}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Thời gian</strong></td><td>{{#each dateLines}}{{this}}<br>{{/each}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Địa điểm</strong></td><td>{{venueName}}<br>{{venueAddress}}<br><a href="{{mapUrl}}">Xem bản đồ</a></td></tr>
</table>
{{#if ticketCode}}<p><strong>Vé mời của Quý khách</strong>{{#if guests}} (kèm {{guests}} khách){{/if}}: vui lòng xuất trình mã QR này tại cổng.</p>
<p style="text-align:center"><img src="cid:${TICKET_QR_CID}" width="200" height="200" alt="Mã QR vé mời của {{fullName}}" style="display:inline-block;width:200px;max-width:100%;height:auto;border:0"></p>{{/if}}
{{#if (eq rsvpStatus 'pending')}}<p>Xin vui lòng cho chúng tôi biết Quý khách có tham dự hay không:</p>{{/if}}
{{#if (eq rsvpStatus 'declined')}}<p>Quý khách đã báo không tham dự; nếu thay đổi kế hoạch, Quý khách vẫn có thể nhận lời trước ngày khai mạc.</p>{{/if}}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Xem và trả lời thư mời</a></p>
<p style="font-size:13px;color:#555;overflow-wrap:anywhere">Nếu nút không hoạt động, hãy mở liên kết: {{rsvpUrl}}<br>Tệp lịch (.ics) đính kèm giúp Quý khách lưu ngày hội chợ.</p>
<p>Trân trọng,<br>{{bodyName}}</p>`,
    en: `<p>Dear {{fullName}},</p>
{{paragraphs message}}
<table role="presentation" cellpadding="4" cellspacing="0" style="margin:16px 0;border-left:3px solid ${GREEN}">
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Event</strong></td><td>{{fairName}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Dates</strong></td><td>{{#each dateLines}}{{this}}<br>{{/each}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Venue</strong></td><td>{{venueName}}<br>{{venueAddress}}<br><a href="{{mapUrl}}">View map</a></td></tr>
</table>
{{#if ticketCode}}<p><strong>Your ticket</strong>{{#if guests}} (with {{guests}} guests){{/if}}: please show this QR code at the gate.</p>
<p style="text-align:center"><img src="cid:${TICKET_QR_CID}" width="200" height="200" alt="QR code of {{fullName}}'s ticket" style="display:inline-block;width:200px;max-width:100%;height:auto;border:0"></p>{{/if}}
{{#if (eq rsvpStatus 'pending')}}<p>Please let us know whether you will attend:</p>{{/if}}
{{#if (eq rsvpStatus 'declined')}}<p>You told us you cannot attend; if your plans change, you can still accept before the fair opens.</p>{{/if}}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">View and answer the invitation</a></p>
<p style="font-size:13px;color:#555;overflow-wrap:anywhere">If the button does not work, open this link: {{rsvpUrl}}<br>The attached calendar file (.ics) saves the fair's dates.</p>
<p>Kind regards,<br>{{bodyName}}</p>`,
  },
  text: {
    vi: `Kính gửi {{fullName}},

{{paragraphs message}}

Sự kiện: {{fairName}}
Thời gian:
{{#each dateLines}}- {{this}}
{{/each}}Địa điểm: {{venueName}}, {{venueAddress}}
Bản đồ: {{mapUrl}}
{{#if ticketCode}}

Vé mời của Quý khách{{#if guests}} (kèm {{guests}} khách){{/if}}: mã QR đính kèm; mã vé {{ticketCode}}
{{/if}}

Xem và trả lời thư mời: {{rsvpUrl}}

Trân trọng,
{{bodyName}}`,
    en: `Dear {{fullName}},

{{paragraphs message}}

Event: {{fairName}}
Dates:
{{#each dateLines}}- {{this}}
{{/each}}Venue: {{venueName}}, {{venueAddress}}
Map: {{mapUrl}}
{{#if ticketCode}}

Your ticket{{#if guests}} (with {{guests}} guests){{/if}}: QR code attached; ticket code {{ticketCode}}
{{/if}}

View and answer the invitation: {{rsvpUrl}}

Kind regards,
{{bodyName}}`,
  },
  preview: INVITATION_PREVIEW,
  attachments: invitationAttachments,
});
