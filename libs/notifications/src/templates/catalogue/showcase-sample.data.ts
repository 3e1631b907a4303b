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
}
