import { AppError } from '@hoicho/platform';
import { parseVisitorImport } from '../domain';
import { PreviewRowDto } from './dto/import.dto';
import { countingSource, ImportUpload } from './visitor-import.source';

const PREVIEW_ROWS = 20;

/**
 * The first rows of an upload as the import will read them, with their errors. A file
 * without a usable header (or not a file at all) is refused here, with the reason.
 */
export async function previewImport(upload: ImportUpload): Promise<PreviewRowDto[]> {
  const preview: PreviewRowDto[] = [];
  const source = countingSource(upload.data);
  for await (const item of parseVisitorImport(source.stream, upload.format)) {
    if ('errors' in item) {
      const fatal = item.errors.find((e) => e.field === 'header' || e.field === 'file');
      if (fatal && preview.length === 0) {
        throw AppError.validation(
          [{ field: fatal.field, message: fatal.message, line: item.line }],
          `The file cannot be imported: ${fatal.message}`,
        );
      }
      preview.push({
        line: item.line,
        errors: item.errors.map((e) => ({ line: item.line, ...e })),
      });
    } else {
      preview.push({ line: item.line, visitor: item.visitor });
    }
    if (preview.length >= PREVIEW_ROWS) break;
  }
  source.stream.destroy();
  return preview;
}
