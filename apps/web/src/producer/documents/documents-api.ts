import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';

export type ProducerDocument = components['schemas']['ProducerDocumentDto'];
export type DocumentKind = ProducerDocument['kind'];

export const DOCUMENT_KINDS: DocumentKind[] = [
  'business_registration',
  'ocop_certificate',
  'craft_village_recognition',
  'food_safety',
  'other',
];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const documentsKey = (producerId: string) => ['producers', producerId, 'documents'] as const;

export const useDocuments = (producerId: string) =>
  useQuery({
    queryKey: documentsKey(producerId),
    enabled: producerId !== '',
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/producers/{producerId}/documents', {
          params: { path: { producerId } },
        }),
      ),
  });

export interface DocumentUpload {
  kind: DocumentKind;
  title: string;
  issuedOn: string;
  expiresOn: string;
  file: File;
}

/** The multipart body the API reads: the file in "file", the facts beside it. */
export function uploadDocument(producerId: string, upload: DocumentUpload) {
  const body = new FormData();
  body.append('kind', upload.kind);
  if (upload.kind === 'other' && upload.title.trim()) body.append('title', upload.title.trim());
  body.append('issuedOn', upload.issuedOn);
  if (upload.expiresOn) body.append('expiresOn', upload.expiresOn);
  body.append('file', upload.file, upload.file.name);
  return unwrap(
    api.POST('/api/v1/producers/{producerId}/documents', {
      params: { path: { producerId } },
      body: { file: upload.file.name, kind: upload.kind, issuedOn: upload.issuedOn },
      bodySerializer: () => body,
    }),
  );
}

export function reviewDocument(
  producerId: string,
  documentId: string,
  answer: { status: 'checked' | 'refused'; reason?: string },
) {
  return unwrap(
    api.POST('/api/v1/producers/{producerId}/documents/{documentId}/review', {
      params: { path: { producerId, documentId } },
      body: answer,
    }),
  );
}

/** The client's first look at a file, as the API checks it (size; its type by content). */
export function fileProblem(file: File | null): 'required' | 'tooLarge' | 'badType' | null {
  if (!file) return 'required';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  if (
    !/\.(pdf|jpe?g|png)$/i.test(file.name) &&
    !/^(application\/pdf|image\/(jpeg|png))$/.test(file.type)
  )
    return 'badType';
  return null;
}
