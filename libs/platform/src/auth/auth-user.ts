import { Role } from './role';

/** Who is calling: attached to the request by the session guard. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  locale: 'vi' | 'en';
  /** Set for organisers and gate staff: the only body whose data they may touch. */
  organisingBodyId: string | null;
  /** Set for producer members: the only producer whose data they may touch. */
  producerId: string | null;
  sessionId: string;
}
