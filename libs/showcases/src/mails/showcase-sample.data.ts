import { appLinks, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';

/** What every mail about a showcase sample says; names in the recipient's language, `at` an ISO instant. */
export interface ShowcaseSampleMailData {
  fullName: string;
  producerName: string;
  productName: string;
  fairName: string;
  showcaseTitle: string;
  labelCode: string;
  quantity: number;
  at: string;
  /** The producer's samples screen (absent from mails recorded before it existed). */
  samplesUrl?: string;
}

/** The sample the previews of these mails speak of. */
export const SAMPLE_MAIL_PREVIEW: Omit<ShowcaseSampleMailData, 'at'> = {
  fullName: 'Nguyễn Văn An',
  producerName: 'HTX Mây tre đan Phú Vinh',
  productName: 'Chao đèn mây',
  fairName: 'Hội chợ làng nghề Hà Nội 2026',
  showcaseTitle: 'Tinh hoa mây tre đan Phú Vinh',
  labelCode: 'S-0007',
  quantity: 2,
  samplesUrl: appLinks.samples(PREVIEW_PUBLIC_URL),
};
