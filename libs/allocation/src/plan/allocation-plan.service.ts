import { Injectable } from '@nestjs/common';
import { AllocationApplicantsService } from '@hoicho/applications';
import { BoothAssignment as BoothLabel, BoothPlan, renderPlanSvg } from '@hoicho/fairs';
import { AppError, AuthUser } from '@hoicho/platform';
import { runNotReady } from '../allocation.errors';
import { AllocationContext, PlanLookup } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { RunsService } from '../runs/runs.service';
import { PlanSvgQueryDto, PublishedAllocationDto } from './dto/allocation-plan.dto';

/** Who stands where: the published assignments as a list, and on the floor plan drawing. */
@Injectable()
export class AllocationPlanService {
  constructor(
    private readonly context: AllocationContext,
    private readonly runs: RunsService,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly applicants: AllocationApplicantsService,
  ) {}

  async published(user: AuthUser, fairId: string): Promise<PublishedAllocationDto> {
    await this.context.readable(user, fairId);
    return this.publishedOf(fairId, await this.context.plan(fairId));
  }

  private async publishedOf(fairId: string, plan: PlanLookup): Promise<PublishedAllocationDto> {
    const [published, version] = await Promise.all([
      this.assignments.byApplication(fairId),
      this.states.version(fairId),
    ]);
    const people = new Map(
      (await this.applicants.applicants(fairId, [...published.keys()])).map((a) => [a.id, a]),
    );
    const assignments = [...published].map(([applicationId, booths]) => {
      const who = people.get(applicationId);
      return {
        applicationId,
        producerId: who?.producerId ?? '',
        producerName: who?.producerName ?? '',
        craftVillage: who?.craftVillage ?? null,
        booths: plan.codes(booths.boothIds).sort(),
        manual: booths.manual,
      };
    });
    assignments.sort((a, b) => (a.booths[0] ?? '').localeCompare(b.booths[0] ?? ''));
    return { fairId, version, assignments };
  }

  async svg(user: AuthUser, fairId: string, query: PlanSvgQueryDto): Promise<string> {
    const fair = await this.context.readable(user, fairId);
    const plan = await this.context.plan(fairId);
    const labels = new Map<string, BoothLabel>();
    if ((query.show ?? 'assignments') === 'assignments') {
      const byVillage = query.colour === 'village';
      const place = (codes: string[], name: string, village: string | null) => {
        for (const code of codes) {
          labels.set(code, {
            label: name,
            ...(byVillage
              ? { colourKey: village ?? 'Không thuộc làng nghề / No craft village' }
              : {}),
          });
        }
      };
      if (query.runId) {
        const run = await this.runs.find(user, fairId, query.runId);
        if (run.status !== 'done' || !run.draft) throw runNotReady(run.status);
        for (const a of run.draft.assignments) {
          const who = run.applicants?.[a.request];
          place(a.booths, who?.producerName ?? a.request, who?.craftVillage ?? null);
        }
      } else {
        for (const a of (await this.publishedOf(fairId, plan)).assignments) {
          place(a.booths, a.producerName, a.craftVillage);
        }
      }
    }
    const drawing: BoothPlan = {
      zones: plan.plan.zones.map((z) => ({
        code: z.code,
        name: z.nameVi,
        ...(z.colour ? { colour: z.colour } : {}),
      })),
      boothTypes: plan.plan.boothTypes.map((t) => ({ code: t.code, name: t.nameVi })),
      booths: plan.plan.booths.map((b) => ({
        code: b.code,
        zone: b.zone,
        type: b.type,
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        corner: b.corner,
        blocked: b.blocked,
        neighbours: b.neighbours,
      })),
    };
    if (!drawing.booths.length) throw AppError.notFound('Floor plan');
    return renderPlanSvg(drawing, { title: fair.nameVi, assignments: labels });
  }
}
