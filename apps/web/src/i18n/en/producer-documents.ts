import type { producerDocuments as vi } from '../vi/producer-documents';

/** Strings of the producer's documents screen (and the organisers' view of them). */
export const producerDocuments: typeof vi = {
  title: 'Your documents',
  intro:
    'Upload the documents fairs require (PDF, JPEG or PNG, at most 10 MB). A new one of a kind replaces the old one.',
  empty: 'No documents yet. Start with your business registration certificate.',
  kinds: {
    business_registration: 'Business registration certificate',
    ocop_certificate: 'OCOP certificate',
    craft_village_recognition: 'Craft village recognition',
    food_safety: 'Food safety certificate',
    other: 'Other document',
  },
  status: {
    pending: 'Waiting for check',
    checked: 'Checked',
    refused: 'Refused',
  },
  validity: {
    valid: 'Valid',
    expiring_soon: 'Expiring soon',
    expired: 'Expired',
  },
  issued: 'Issued: {{date}}',
  expires: 'Expires: {{date}}',
  noExpiry: 'No expiry',
  reason: 'Refused because: {{reason}}',
  open: 'Open the file {{name}}',
  upload: {
    title: 'Upload a document',
    kind: 'Kind of document',
    name: 'Name of the document',
    issuedOn: 'Issue date',
    expiresOn: 'Expiry date (if any)',
    expiresHint: 'Leave empty if the document does not expire',
    file: 'File (PDF, JPEG, PNG; at most 10 MB)',
    filePlaceholder: 'Choose a file',
    submit: 'Upload',
    done: 'Document uploaded',
    required: 'Fill this in',
    tooLarge: 'The file is larger than 10 MB',
    badType: 'The file must be a PDF, JPEG or PNG',
    expiryOrder: 'The expiry must be on or after the issue date',
  },
  review: {
    check: 'Mark checked',
    refuse: 'Refuse',
    reason: 'Reason for refusing (sent to the producer)',
    send: 'Send refusal',
    done: 'Recorded; the producer will be mailed',
  },
};
