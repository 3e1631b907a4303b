import { AppError } from '../errors/app-error';
import { AuthUser } from './auth-user';
import { Role } from './role';

// Scoped data is answered with 404, not 403, so ids of other bodies and producers leak nothing.

/** Admins reach every organising body; organisers and gate staff only their own. */
export function assertBodyAccess(
  user: AuthUser,
  organisingBodyId: string,
  what = 'Organising body',
): void {
  if (user.role === Role.Admin) return;
  if (
    (user.role === Role.Organiser || user.role === Role.GateStaff) &&
    user.organisingBodyId === organisingBodyId
  )
    return;
  throw AppError.notFound(what);
}

/** Producer members reach only their own producer; organisers and admins may read any. */
export function assertProducerAccess(
  user: AuthUser,
  producerId: string,
  mode: 'read' | 'write',
): void {
  if (user.role === Role.Admin) return;
  if (user.role === Role.Producer && user.producerId === producerId) return;
  if (mode === 'read' && user.role === Role.Organiser) return;
  throw AppError.notFound('Producer');
}
