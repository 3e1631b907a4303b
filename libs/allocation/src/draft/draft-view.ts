import type { Language } from '@hoicho/platform';
import { assignmentText } from '../common/assignment-texts';
import { unassignedText } from '../common/reason-texts';
import { validateInstance } from '../engine';
import { AllocationRun } from '../runs/allocation-run.entity';
import { isCurrent } from '../runs/run.view';
import { runWarningsView } from '../runs/run-warnings.view';
import type { ApplicantInfo } from './draft.types';
import type { PlaceNames } from './place-names';
import {
  DraftAssignmentDto,
  DraftDto,
  DraftUnassignedDto,
  VillageGroupDto,
  ZoneGroupDto,
} from './dto/draft.dto';
import { InstanceIndex } from './placement-rules';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const collator = new Intl.Collator('vi');

/**
 * A finished run's draft as organisers read it: every assignment with its explanation (ids
 * turned into producer names), the unassigned with their reasons, and the same grouped per
 * zone (booths taken and free) and per craft village (do its producers stand together?).
 * Reasons and warnings are worded in `language`, zones and booth types by their names.
 */
export function toDraftDto(
  run: AllocationRun,
  version: number,
  names: PlaceNames,
  language: Language,
): DraftDto {
  const draft = run.draft!;
  const applicants = run.applicants ?? {};
  const index = new InstanceIndex(validateInstance(run.instance));
  const who = (id: string): ApplicantInfo =>
    applicants[id] ?? { producerId: '', producerName: id, craftVillage: null, reference: '' };
  const named = (text: string) => text.replace(UUID, (id) => who(id.toLowerCase()).producerName);

  const assignments: DraftAssignmentDto[] = draft.assignments.map((a) => {
    const info = who(a.request);
    const e = a.explanation;
    const zonesWished = [...(index.requests.get(a.request)?.zones ?? [])];
    const facts = {
      ...e,
      zonesWished,
      nearMet: e.nearMet.map((id) => who(id).producerName),
      nearMissed: e.nearMissed.map((id) => who(id).producerName),
      manual: a.manual,
      override: a.override,
    };
    return {
      applicationId: a.request,
      producerId: info.producerId,
      producerName: info.producerName,
      craftVillage: info.craftVillage,
      reference: info.reference,
      booths: a.booths,
      zone: e.zone,
      zoneChoice: e.zoneChoice,
      zonesWished,
      corner: e.corner,
      nearMet: e.nearMet.map((id) => ({ applicationId: id, producerName: who(id).producerName })),
      nearMissed: e.nearMissed.map((id) => ({
        applicationId: id,
        producerName: who(id).producerName,
      })),
      pinned: e.pinned,
      manual: a.manual,
      override: a.override,
      explanation: e.zone ? assignmentText(facts, language, names) : named(e.text),
    };
  });
  const unassigned: DraftUnassignedDto[] = draft.unassigned.map((u) => {
    const info = who(u.request);
    return {
      applicationId: u.request,
      producerId: info.producerId,
      producerName: info.producerName,
      craftVillage: info.craftVillage,
      reference: info.reference,
      reason: named(u.code ? unassignedText(u.code, u.params ?? {}, language, names) : u.reason),
      code: u.code ?? null,
      params: u.params ?? {},
      manual: u.manual,
    };
  });

  const boothsPerZone = new Map<string, number>();
  for (const b of index.instance.booths) {
    boothsPerZone.set(b.zone, (boothsPerZone.get(b.zone) ?? 0) + 1);
  }
  const takenPerZone = new Map<string, number>();
  const inZone = new Map<string, DraftAssignmentDto[]>();
  for (const a of assignments) {
    for (const code of a.booths) {
      const zone = index.booths.get(code)?.zone ?? a.zone;
      takenPerZone.set(zone, (takenPerZone.get(zone) ?? 0) + 1);
    }
    inZone.set(a.zone, [...(inZone.get(a.zone) ?? []), a]);
  }
  const byZone: ZoneGroupDto[] = [...new Set([...boothsPerZone.keys(), ...inZone.keys()])]
    .sort()
    .map((zone) => {
      const booths = boothsPerZone.get(zone) ?? 0;
      const taken = takenPerZone.get(zone) ?? 0;
      return {
        zone,
        name: names.zones.get(zone) ?? zone,
        booths,
        taken,
        free: Math.max(0, booths - taken),
        assignments: (inZone.get(zone) ?? []).sort((x, y) =>
          collator.compare(x.booths[0] ?? '', y.booths[0] ?? ''),
        ),
      };
    });

  const villages = new Map<string | null, VillageGroupDto>();
  const group = (village: string | null) => {
    let g = villages.get(village);
    if (!g) {
      g = {
        village,
        applications: 0,
        assigned: 0,
        unassigned: 0,
        zones: [],
        blocks: 0,
        assignments: [],
        unassignedApplications: [],
      };
      villages.set(village, g);
    }
    return g;
  };
  for (const a of assignments) {
    const g = group(a.craftVillage);
    g.applications++;
    g.assigned++;
    g.assignments.push(a);
  }
  for (const u of unassigned) {
    const g = group(u.craftVillage);
    g.applications++;
    g.unassigned++;
    g.unassignedApplications.push(u);
  }
  for (const g of villages.values()) {
    g.zones = [...new Set(g.assignments.map((a) => a.zone))].sort();
    g.blocks = countBlocks(
      index,
      g.assignments.flatMap((a) => a.booths),
    );
  }
  const byVillage = [...villages.values()].sort((x, y) =>
    x.village === null ? 1 : y.village === null ? -1 : collator.compare(x.village, y.village),
  );

  return {
    runId: run.id,
    fairId: run.fairId,
    current: isCurrent(run, version),
    publishedAt: run.publishedAt,
    edits: draft.edits,
    score: draft.score,
    summary: {
      ...(run.summary ?? {
        requests: 0,
        booths: 0,
        assigned: 0,
        unassigned: 0,
        pinned: 0,
        millis: 0,
      }),
      assigned: assignments.length,
      unassigned: unassigned.length,
      score: draft.score,
    },
    assignments,
    unassigned,
    byZone,
    byVillage,
    warnings: runWarningsView(run, language),
  };
}

/** Connected groups the booths form through neighbours. */
function countBlocks(index: InstanceIndex, booths: readonly string[]): number {
  const left = new Set(booths);
  let blocks = 0;
  while (left.size) {
    blocks++;
    const [start] = left;
    const stack = [start];
    left.delete(start);
    while (stack.length) {
      const b = stack.pop()!;
      for (const n of index.neighbours.get(b) ?? []) {
        if (left.has(n)) {
          left.delete(n);
          stack.push(n);
        }
      }
    }
  }
  return blocks;
}
