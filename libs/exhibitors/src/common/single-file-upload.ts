import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  NestInterceptor,
  Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppError, FieldIssue } from '@hoicho/platform';

/** The part of multer's file object the uploads read. */
export interface UploadedFileData {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface SingleFileUpload {
  field: string;
  maxBytes: number;
  /** Text fields sent beside the file. */
  fields: number;
  tooLarge: { code: string; message: string; issue: FieldIssue };
  unreadable: { code: string; issue: FieldIssue };
}

/**
 * An interceptor reading one multipart file (multer keeps it in memory and stops reading once
 * it passes the limit); multer's own errors (too large, wrong field name, a broken body)
 * become 400 answers naming the file's field.
 */
export function singleFileUpload(upload: SingleFileUpload): Type<NestInterceptor> {
  const Multer = FileInterceptor(upload.field, {
    limits: {
      fileSize: upload.maxBytes,
      files: 1,
      fields: upload.fields,
      fieldSize: 2048,
      parts: upload.fields + 1,
    },
  });
  class SingleFileInterceptor implements NestInterceptor {
    private readonly multer = new Multer();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
          const { code, message, issue } = upload.tooLarge;
          throw new AppError('validation', code, message, [issue]);
        }
        const { code, issue } = upload.unreadable;
        throw new AppError('validation', code, error.message, [issue]);
      }
    }
  }
  return SingleFileInterceptor;
}
