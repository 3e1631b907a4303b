import { appLinks, defineTemplate, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

export interface DocumentReviewedData {
  fullName: string;
  producerName: string;
  /** The document's kind (or its own title) in the recipient's language. */
  documentName: string;
  bodyName: string;
  checked: boolean;
  reason: string | null;
  documentsUrl: string;
}

/** The organisers checked a producer's document, or refused it with a reason. */
export const documentReviewed = defineTemplate({
  name: 'document.reviewed',
  bulk: false,
  subject: {
    vi: '{{#if checked}}Giấy tờ đã được kiểm tra{{else}}Giấy tờ bị từ chối{{/if}}: {{documentName}}',
    en: '{{#if checked}}Document checked{{else}}Document refused{{/if}}: {{documentName}}',
  },
  html: {
    vi: `<p>Xin chào {{fullName}},</p>
{{#if checked}}<p>{{bodyName}} đã kiểm tra <strong>{{documentName}}</strong> của {{producerName}}: giấy tờ hợp lệ.</p>
{{else}}<p>{{bodyName}} đã từ chối <strong>{{documentName}}</strong> của {{producerName}}.</p>
<p>Lý do: {{reason}}</p>
<p>Hãy tải lên bản đúng để hồ sơ tham gia hội chợ được xét.</p>{{/if}}
<p><a href="{{documentsUrl}}">Xem giấy tờ của bạn</a></p>`,
    en: `<p>Hello {{fullName}},</p>
{{#if checked}}<p>{{bodyName}} checked the <strong>{{documentName}}</strong> of {{producerName}}: it is in order.</p>
{{else}}<p>{{bodyName}} refused the <strong>{{documentName}}</strong> of {{producerName}}.</p>
<p>Reason: {{reason}}</p>
<p>Upload a correct one so that your fair applications can be reviewed.</p>{{/if}}
<p><a href="{{documentsUrl}}">See your documents</a></p>`,
  },
  text: {
    vi: `Xin chào {{fullName}},

{{#if checked}}{{bodyName}} đã kiểm tra {{documentName}} của {{producerName}}: giấy tờ hợp lệ.{{else}}{{bodyName}} đã từ chối {{documentName}} của {{producerName}}.

Lý do: {{reason}}

Hãy tải lên bản đúng để hồ sơ tham gia hội chợ được xét.{{/if}}

Xem giấy tờ của bạn: {{documentsUrl}}`,
    en: `Hello {{fullName}},

{{#if checked}}{{bodyName}} checked the {{documentName}} of {{producerName}}: it is in order.{{else}}{{bodyName}} refused the {{documentName}} of {{producerName}}.

Reason: {{reason}}

Upload a correct one so that your fair applications can be reviewed.{{/if}}

See your documents: {{documentsUrl}}`,
  },
  preview: {
    fullName: 'Nguyễn Thị Hoa',
    producerName: 'HTX Mây tre đan Phú Vinh',
    documentName: 'Giấy chứng nhận OCOP',
    bodyName: 'Trung tâm Khuyến công Hà Nội',
    checked: false,
    reason: 'Ảnh chụp mờ, không đọc được số giấy chứng nhận',
    documentsUrl: appLinks.documents(PREVIEW_PUBLIC_URL),
  },
});
