import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';
import { AllocationBoothLine } from './allocation-booths.template';

export interface AllocationWaitlistOfferData {
  fullName: string;
  producerName: string;
  /** In the recipient's language. */
  fairName: string;
  reference: string;
  booths: AllocationBoothLine[];
  /** Đồng (digit string) the booth(s) cost once accepted; null when not priced yet. */
  amountDue: string | null;
  /** ISO instant; shown in Hà Nội time. */
  expiresAt: string;
  offerUrl: string;
}

/** A booth freed up and is offered to a waitlisted producer, until the offer expires. */
export const allocationWaitlistOffer = defineTemplate({
  name: 'allocation.waitlist-offer',
  bulk: false,
  subject: {
    vi: 'Mời nhận gian hàng {{#each booths}}{{#if @index}}, {{/if}}{{code}}{{/each}} tại {{fairName}}',
    en: 'Booth {{#each booths}}{{#if @index}}, {{/if}}{{code}}{{/each}} offered to you at {{fairName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Tại <strong>{{fairName}}</strong> vừa có gian hàng trống phù hợp với hồ sơ {{reference}} của {{producerName}} trong danh sách chờ:</p>
<ul>{{#each booths}}<li><strong>{{code}}</strong>{{#if corner}} (gian góc){{/if}}: khu {{zone}}, {{type}}</li>{{/each}}</ul>
{{#if amountDue}}<p>Số tiền phải nộp khi nhận gian: <strong>{{vnd amountDue}}</strong>.</p>{{/if}}
<p>Vui lòng xác nhận nhận hoặc từ chối trước <strong>{{time expiresAt}} ngày {{date expiresAt}}</strong>; sau thời hạn này gian hàng sẽ được mời cho đơn vị tiếp theo.</p>
<p><a href="{{offerUrl}}">Xem lời mời</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>A booth at <strong>{{fairName}}</strong> freed up that fits application {{reference}} of {{producerName}} on the waiting list:</p>
<ul>{{#each booths}}<li><strong>{{code}}</strong>{{#if corner}} (corner){{/if}}: zone {{zone}}, {{type}}</li>{{/each}}</ul>
{{#if amountDue}}<p>Amount due on acceptance: <strong>{{vnd amountDue}}</strong>.</p>{{/if}}
<p>Please accept or decline before <strong>{{time expiresAt}} on {{date expiresAt}}</strong> (Hà Nội time); after that the booth is offered to the next producer in line.</p>
<p><a href="{{offerUrl}}">View the offer</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Tại {{fairName}} vừa có gian hàng trống phù hợp với hồ sơ {{reference}} của {{producerName}} trong danh sách chờ:
{{#each booths}}
- {{code}}{{#if corner}} (gian góc){{/if}}: khu {{zone}}, {{type}}{{/each}}
{{#if amountDue}}
Số tiền phải nộp khi nhận gian: {{vnd amountDue}}
{{/if}}
Vui lòng xác nhận nhận hoặc từ chối trước {{time expiresAt}} ngày {{date expiresAt}}; sau thời hạn này gian hàng sẽ được mời cho đơn vị tiếp theo.

Xem lời mời: {{offerUrl}}`,
    en: `Hello {{fullName}},

A booth at {{fairName}} freed up that fits application {{reference}} of {{producerName}} on the waiting list:
{{#each booths}}
- {{code}}{{#if corner}} (corner){{/if}}: zone {{zone}}, {{type}}{{/each}}
{{#if amountDue}}
Amount due on acceptance: {{vnd amountDue}}
{{/if}}
Please accept or decline before {{time expiresAt}} on {{date expiresAt}} (Hà Nội time); after that the booth is offered to the next producer in line.

View the offer: {{offerUrl}}`,
  },
  preview: {
    fullName: 'Trần Thị Bình',
    producerName: 'Cơ sở Gốm Bát Tràng Minh Hải',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    reference: 'HC-0A1B2C3D4E',
    booths: [
      {
        code: 'B-07',
        zone: 'Gốm sứ',
        type: 'Gian tiêu chuẩn 3×3',
        corner: false,
        price: '10000000',
      },
    ],
    amountDue: '12000000',
    expiresAt: '2026-09-20T10:00:00.000Z',
    offerUrl: appLinks.waitlistOffer(PREVIEW_PUBLIC_URL, '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'),
  },
});
