import { Injectable } from '@nestjs/common';
import { SampleReportRepository, UnreturnedTotalsRow } from './sample-report.repository';

export type { UnreturnedTotalsRow } from './sample-report.repository';

/** Samples still in the organisers' hands, counted for several fairs at once (the dashboard). */
@Injectable()
export class UnreturnedTotalsReader {
  constructor(private readonly reports: SampleReportRepository) {}

  of(fairIds: readonly string[]): Promise<UnreturnedTotalsRow[]> {
    return this.reports.unreturnedTotals(fairIds);
  }
}
