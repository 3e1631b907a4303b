import { ApplicationDecision, ApplicationStatus } from '../domain';
import { Application } from '../entities/application.entity';

/** What allocation needs to know of an application besides its request (approvedRequests). */
export interface AllocationApplicant {
  id: string;
  fairId: string;
  producerId: string;
  producerName: string;
  reference: string;
  craftVillage: string | null;
  status: ApplicationStatus;
  pendingDecision: ApplicationDecision | null;
  boothsWanted: number;
  /** Đồng as digit strings; null until an approval priced the application. */
  fee: string | null;
  amountDue: string | null;
  deposit: string | null;
  amountPaid: string;
  /** The member who submitted it: the one allocation writes to. */
  submittedBy: string | null;
}

/** A waitlisted application as an allocation request, with its place in the queue. */
export interface WaitlistCandidate {
  id: string;
  producerId: string;
  producerName: string;
  size: number;
  types: string[];
  zones: string[];
  corner: boolean;
  priority: number;
  /** The computed score behind the priority: ties within a priority go to the higher score. */
  score: number;
  submittedAt: Date | null;
}

export const toApplicant = (a: Application): AllocationApplicant => ({
  id: a.id,
  fairId: a.fairId,
  producerId: a.producerId,
  producerName: a.producerName,
  reference: a.reference,
  craftVillage: a.craftVillage,
  status: a.status,
  pendingDecision: a.pendingDecision,
  boothsWanted: a.boothsWanted,
  fee: a.fee,
  amountDue: a.amountDue,
  deposit: a.deposit,
  amountPaid: a.amountPaid,
  submittedBy: a.submittedBy,
});
