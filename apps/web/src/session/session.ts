import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/api/client';
import type { components } from '@web/api/schema';
import { applyLanguage, type Language } from '@web/i18n/i18n';

export type Me = components['schemas']['MeDto'];
export type Role = 'admin' | 'organiser' | 'gate_staff' | 'producer';

const ME = ['me'] as const;

/** Who is signed in on this browser: null when nobody is. */
export const meQuery = queryOptions({
  queryKey: ME,
  queryFn: async (): Promise<Me | null> =>
    (await unwrap(api.GET('/api/v1/auth/browser-session'))).user,
  staleTime: 5 * 60_000,
});

export const useMe = () => useQuery(meQuery);

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/browser-session', { body })),
    onSuccess: (me) => {
      void applyLanguage(me.locale as Language);
      client.clear();
      client.setQueryData(ME, me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/auth/browser-session')),
    onSettled: () => {
      client.clear();
      client.setQueryData(ME, null);
    },
  });
}

/** Switches the language on screen, and for a signed-in user remembers it on the account. */
export function useChangeLanguage() {
  const client = useQueryClient();
  const me = useMe().data;
  return async (language: Language) => {
    await applyLanguage(language);
    if (!me) return;
    const updated = await unwrap(api.PATCH('/api/v1/auth/me', { body: { locale: language } }));
    client.setQueryData(ME, updated);
  };
}

/** Where each role starts after signing in. */
export function homeOf(role: string): string {
  switch (role) {
    case 'producer':
      return '/producer';
    case 'gate_staff':
      return '/gate';
    default:
      return '/organiser';
  }
}
