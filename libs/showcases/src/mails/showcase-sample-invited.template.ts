import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

/** Names in the recipient's language; days are Hà Nội calendar days (YYYY-MM-DD). */
export interface ShowcaseSampleInvitedData {
  fullName: string;
  producerName: string;
  productName: string;
  fairName: string;
  showcaseTitle: string;
  startsOn: string;
  endsOn: string;
  quantity: number;
  /** Declared value of the pieces asked for, đồng as a digit string. */
  declaredValue: string;
  note: string | null;
  /** The producer's samples screen, where the invitation is accepted or declined. */
  samplesUrl: string;
}

/** The organisers invited one of the producer's products into a showcase; it answers on its screen. */
export const showcaseSampleInvited = defineTemplate({
  name: 'showcase.sample-invited',
  bulk: false,
  subject: {
    vi: 'Mời trưng bày mẫu: {{productName}} tại {{fairName}}',
    en: 'Showcase invitation: {{productName}} at {{fairName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
<p>Ban tổ chức <strong>{{fairName}}</strong> mời {{producerName}} gửi {{quantity}} mẫu <strong>{{productName}}</strong> (giá trị khai báo {{vnd declaredValue}}) để trưng bày tại khu «{{showcaseTitle}}», từ {{date startsOn}} đến {{date endsOn}}.</p>
{{#if note}}<p>Lời nhắn của ban tổ chức: {{note}}</p>{{/if}}
<p>Vui lòng nhận lời hoặc từ chối trên trang mẫu trưng bày của bạn.</p>
<p><a href="{{samplesUrl}}">Trả lời lời mời</a></p>`,
    en: `<p>Hello {{fullName}},</p>
<p>The organisers of <strong>{{fairName}}</strong> invite {{producerName}} to lend {{quantity}} sample(s) of <strong>{{productName}}</strong> (declared value {{vnd declaredValue}}) to the showcase “{{showcaseTitle}}”, from {{date startsOn}} to {{date endsOn}}.</p>
{{#if note}}<p>The organisers’ note: {{note}}</p>{{/if}}
<p>Please accept or decline on your showcase samples page.</p>
<p><a href="{{samplesUrl}}">Answer the invitation</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

Ban tổ chức {{fairName}} mời {{producerName}} gửi {{quantity}} mẫu {{productName}} (giá trị khai báo {{vnd declaredValue}}) để trưng bày tại khu «{{showcaseTitle}}», từ {{date startsOn}} đến {{date endsOn}}.{{#if note}}

Lời nhắn của ban tổ chức: {{note}}{{/if}}

Vui lòng nhận lời hoặc từ chối trên trang mẫu trưng bày của bạn: {{samplesUrl}}`,
    en: `Hello {{fullName}},

The organisers of {{fairName}} invite {{producerName}} to lend {{quantity}} sample(s) of {{productName}} (declared value {{vnd declaredValue}}) to the showcase "{{showcaseTitle}}", from {{date startsOn}} to {{date endsOn}}.{{#if note}}

The organisers' note: {{note}}{{/if}}

Please accept or decline on your showcase samples page: {{samplesUrl}}`,
  },
  preview: {
    fullName: 'Nguyễn Văn An',
    producerName: 'HTX Mây tre đan Phú Vinh',
    productName: 'Chao đèn mây',
    fairName: 'Hội chợ làng nghề Hà Nội 2026',
    showcaseTitle: 'Tinh hoa mây tre đan Phú Vinh',
    startsOn: '2026-10-10',
    endsOn: '2026-10-13',
    quantity: 2,
    declaredValue: '2500000',
    note: 'Xin 2 chiếc chao đèn cỡ lớn',
    samplesUrl: appLinks.samples(PREVIEW_PUBLIC_URL),
  },
});
