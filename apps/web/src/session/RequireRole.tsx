import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { type Role, useMe } from './session';

/**
 * A screen for some roles only: signs the visitor in first (then comes back here), and tells
 * a signed-in user of another role that this is not theirs rather than showing it.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading h="50vh" />;
  if (me.isError) return <ErrorState error={me.error} />;
  if (!me.data) {
    // The whole path: inside an area's nested routes the router's location is relative.
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    return <Redirect to={`~/signin?next=${next}`} replace />;
  }
  if (!roles.includes(me.data.role as Role)) return <ErrorState kind="wrongRole" />;
  return <>{children}</>;
}
