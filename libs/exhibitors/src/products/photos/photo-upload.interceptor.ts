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

export const PHOTO_FIELD = 'photo';
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** The part of multer's file object the catalogue reads. */
export interface UploadedPhoto {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

// multer keeps the file in memory and stops reading once it passes the limit.
const Multer = FileInterceptor(PHOTO_FIELD, {
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 5, fieldSize: 2048, parts: 6 },
});

/**
 * Reads one multipart file named "photo". multer's own errors (too large, wrong field name,
 * a broken multipart body) become 400 answers that name the photo field.
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE)
        throw new AppError('validation', 'photo_too_large', 'The photo is larger than 5 MB', [
          { field: PHOTO_FIELD, message: 'must be at most 5 MB' },
        ]);
      throw new AppError('validation', 'photo_unreadable', error.message, [
        {
          field: PHOTO_FIELD,
          message: `must be one image file sent as the multipart field "${PHOTO_FIELD}"`,
        },
      ]);
    }
  }
}
