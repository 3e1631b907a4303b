import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppError } from '@hoicho/platform';

export const DOCUMENT_FIELD = 'file';
/** A phone's scan of a few pages fits; a 300 dpi colour scan of a booklet does not need to. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The part of multer's file object the documents read. */
export interface UploadedDocument {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const Multer = FileInterceptor(DOCUMENT_FIELD, {
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 6, fieldSize: 2048, parts: 7 },
});

/**
 * Reads one multipart file named "file" with the document's fields. multer's own errors (too
 * large, wrong field name, a broken body) become 400 answers naming the file field.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE)
        throw new AppError('validation', 'document_too_large', 'The file is larger than 10 MB', [
          { field: DOCUMENT_FIELD, message: 'must be at most 10 MB', rule: 'document_too_large' },
        ]);
      throw new AppError('validation', 'document_unreadable', error.message, [
        {
          field: DOCUMENT_FIELD,
          message: `must be one file sent as the multipart field "${DOCUMENT_FIELD}"`,
        },
      ]);
    }
  }
}
