import { Injectable } from '@nestjs/common';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';

export interface BoothAssignmentRow {
  applicationId: string;
  boothId: string;
}

/** The published booth assignments of a fair (what the last publication wrote). */
@Injectable()
export class BoothAssignmentsReader {
  constructor(private readonly assignments: BoothAssignmentRepository) {}

  async ofFair(fairId: string): Promise<BoothAssignmentRow[]> {
    const rows = await this.assignments.list(fairId);
    return rows.map(({ applicationId, boothId }) => ({ applicationId, boothId }));
  }
}
