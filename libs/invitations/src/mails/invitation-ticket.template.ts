import { defineTemplate } from '@hoicho/notifications/mails';
import {
  BUTTON,
  GREEN,
  INVITATION_PREVIEW,
  invitationAttachments,
  TICKET_QR_CID,
} from './invitation-letter.template';

/**
 * The ticket a visitor asked for: sent when an invitation is accepted on its page or after a
 * self-registration. Not bulk: it answers the visitor's own action.
 */
export const invitationTicket = defineTemplate({
  name: 'invitation.ticket',
  bulk: false,
  subject: { vi: 'Vé tham dự {{fairName}}', en: 'Your ticket for {{fairName}}' },
  html: {
    vi: `<p>Kính gửi {{fullName}},</p>
<p>Cảm ơn Quý khách đã đăng ký tham dự <strong>{{fairName}}</strong>{{#if guests}} cùng {{guests}} khách{{/if}}. Đây là vé của Quý khách: vui lòng xuất trình mã QR dưới đây tại cổng, trên điện thoại hoặc bản in.</p>
<p style="text-align:center"><img src="cid:${TICKET_QR_CID}" width="200" height="200" alt="Mã QR vé tham dự {{fairName}} của {{fullName}}" style="display:inline-block;width:200px;max-width:100%;height:auto;border:0"></p>
<table role="presentation" cellpadding="4" cellspacing="0" style="margin:16px 0;border-left:3px solid ${GREEN}">
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Thời gian</strong></td><td>{{#each dateLines}}{{this}}<br>{{/each}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Địa điểm</strong></td><td>{{venueName}}<br>{{venueAddress}}<br><a href="{{mapUrl}}">Xem bản đồ</a></td></tr>
</table>
<p><strong>Khi đến cổng</strong></p>
<ul style="padding-left:20px;margin:0 0 16px">
<li>Vé có giá trị trong các ngày hội chợ ghi ở trên, mỗi ngày vào cổng một lần; cổng mở trước giờ khai mạc ít phút.</li>
<li>Mã QR được kiểm tra ngay cả khi mạng ở cổng chậm: xuất trình trên điện thoại (độ sáng màn hình cao) hoặc bản in.</li>
{{#if guests}}<li>{{guests}} khách đi cùng vào cổng cùng lượt với Quý khách.</li>{{/if}}
<li>Vé ghi tên Quý khách; xin đừng chia sẻ mã QR, vì mã chỉ cho vào một lần mỗi ngày.</li>
</ul>
<p><a href="{{rsvpUrl}}/ticket" style="${BUTTON}">Xem vé, tải PDF hoặc thêm vào lịch</a></p>
<p style="font-size:14px;color:#495057">Tệp lịch (.ics) đính kèm giúp Quý khách lưu ngày hội chợ. Quý khách có thể thay đổi câu trả lời trước ngày khai mạc tại: <a href="{{rsvpUrl}}">{{rsvpUrl}}</a></p>
<p>Trân trọng,<br>{{bodyName}}</p>`,
    en: `<p>Dear {{fullName}},</p>
<p>Thank you for registering for <strong>{{fairName}}</strong>{{#if guests}} with {{guests}} guests{{/if}}. This is your ticket: please show the QR code below at the gate, on your phone or printed.</p>
<p style="text-align:center"><img src="cid:${TICKET_QR_CID}" width="200" height="200" alt="QR code of {{fullName}}'s ticket for {{fairName}}" style="display:inline-block;width:200px;max-width:100%;height:auto;border:0"></p>
<table role="presentation" cellpadding="4" cellspacing="0" style="margin:16px 0;border-left:3px solid ${GREEN}">
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Dates</strong></td><td>{{#each dateLines}}{{this}}<br>{{/each}}</td></tr>
<tr><td valign="top" style="white-space:nowrap;padding-right:8px"><strong>Venue</strong></td><td>{{venueName}}<br>{{venueAddress}}<br><a href="{{mapUrl}}">View map</a></td></tr>
</table>
<p><strong>At the gate</strong></p>
<ul style="padding-left:20px;margin:0 0 16px">
<li>The ticket is valid on the fair's days listed above, for one entry each day; the gates open shortly before the fair does.</li>
<li>The QR code is checked even when the network at the gate is slow: show it on your phone (screen brightness up) or printed.</li>
{{#if guests}}<li>Your {{guests}} guests come in with you, on the same entry.</li>{{/if}}
<li>The ticket bears your name; please do not share the QR code, as it admits once a day.</li>
</ul>
<p><a href="{{rsvpUrl}}/ticket" style="${BUTTON}">View the ticket, download the PDF or add it to your calendar</a></p>
<p style="font-size:14px;color:#495057">The attached calendar file (.ics) saves the fair's dates. You can change your answer before the fair opens at: <a href="{{rsvpUrl}}">{{rsvpUrl}}</a></p>
<p>Kind regards,<br>{{bodyName}}</p>`,
  },
  text: {
    vi: `Kính gửi {{fullName}},

Cảm ơn Quý khách đã đăng ký tham dự {{fairName}}{{#if guests}} cùng {{guests}} khách{{/if}}. Vui lòng xuất trình mã QR đính kèm tại cổng (mã vé {{ticketCode}}).

Xem vé, tải PDF hoặc thêm vào lịch: {{rsvpUrl}}/ticket

Thời gian:
{{#each dateLines}}- {{this}}
{{/each}}Địa điểm: {{venueName}}, {{venueAddress}}
Bản đồ: {{mapUrl}}

Khi đến cổng:
- Vé có giá trị trong các ngày hội chợ ghi ở trên, mỗi ngày vào cổng một lần.
- Xuất trình mã QR trên điện thoại hoặc bản in; mã được kiểm tra cả khi mạng ở cổng chậm.
{{#if guests}}- {{guests}} khách đi cùng vào cổng cùng lượt với Quý khách.
{{/if}}- Xin đừng chia sẻ mã QR: mã chỉ cho vào một lần mỗi ngày.

Xem vé hoặc thay đổi câu trả lời: {{rsvpUrl}}

Trân trọng,
{{bodyName}}`,
    en: `Dear {{fullName}},

Thank you for registering for {{fairName}}{{#if guests}} with {{guests}} guests{{/if}}. Please show the attached QR code at the gate (ticket code {{ticketCode}}).

View the ticket, download the PDF or add it to your calendar: {{rsvpUrl}}/ticket

Dates:
{{#each dateLines}}- {{this}}
{{/each}}Venue: {{venueName}}, {{venueAddress}}
Map: {{mapUrl}}

At the gate:
- The ticket is valid on the fair's days listed above, for one entry each day.
- Show the QR code on your phone or printed; it is checked even when the network at the gate is slow.
{{#if guests}}- Your {{guests}} guests come in with you, on the same entry.
{{/if}}- Please do not share the QR code: it admits once a day.

View the ticket or change your answer: {{rsvpUrl}}

Kind regards,
{{bodyName}}`,
  },
  preview: { ...INVITATION_PREVIEW, kind: 'ticket' },
  attachments: invitationAttachments,
});
