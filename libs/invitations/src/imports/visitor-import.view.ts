import { VisitorImportDto } from './dto/import.dto';
import { VisitorImport } from './visitor-import.entity';

export function toImportDto(row: VisitorImport): VisitorImportDto {
  const bytesRead = Math.min(row.bytesRead, row.sizeBytes);
  const done = row.status === 'completed';
  return {
    id: row.id,
    filename: row.filename,
    format: row.format,
    sizeBytes: row.sizeBytes,
    status: row.status,
    progress: {
      bytesRead: done ? row.sizeBytes : bytesRead,
      sizeBytes: row.sizeBytes,
      percent: done
        ? 100
        : row.sizeBytes === 0
          ? 0
          : Math.min(99, Math.floor((bytesRead / row.sizeBytes) * 100)),
      rowsRead: row.rowsRead,
    },
    counts: { created: row.createdCount, merged: row.mergedCount, rejected: row.rejectedCount },
    failure: row.failure,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
