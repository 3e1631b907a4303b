import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { useMe } from '@web/session/session';
import { EmptyNote } from '@web/ui/EmptyNote';
import { Loading } from '@web/ui/Loading';

const STORAGE_KEY = 'hoicho.organiser.body';
const BodyContext = createContext<string | null>(null);

/** The organising body whose fairs these screens show (an organiser's own; an admin picks). */
export function useBodyId(): string {
  const bodyId = useContext(BodyContext);
  if (!bodyId) throw new Error('useBodyId outside BodyScope');
  return bodyId;
}

/**
 * Scopes the back office to one organising body: an organiser's own body; an admin, who
 * belongs to none, chooses one (remembered on this browser).
 */
export function BodyScope({ children }: { children: ReactNode }) {
  const me = useMe().data;
  // The generated schema types this nullable id loosely; it is a UUID string or null.
  const own = (me?.organisingBodyId as unknown as string | null) ?? null;
  if (own) return <BodyContext.Provider value={own}>{children}</BodyContext.Provider>;
  return <AdminBodyScope>{children}</AdminBodyScope>;
}

function AdminBodyScope({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(() => localStorage.getItem(STORAGE_KEY));
  const bodies = useQuery({
    queryKey: ['organising-bodies'],
    queryFn: () => unwrap(api.GET('/api/v1/organising-bodies')),
  });
  if (bodies.isPending) return <Loading />;
  const list = bodies.data ?? [];
  if (!list.length) return <EmptyNote>{t('organiser.body.none')}</EmptyNote>;
  const bodyId = list.some((b) => b.id === chosen) ? chosen! : list[0].id;
  const choose = (id: string | null) => {
    if (!id) return;
    localStorage.setItem(STORAGE_KEY, id);
    setChosen(id);
  };
  return (
    <>
      <Select
        label={t('organiser.body.pick')}
        data={list.map((b) => ({ value: b.id, label: b.nameVi }))}
        value={bodyId}
        onChange={choose}
        allowDeselect={false}
        maw={420}
        mb="md"
      />
      <BodyContext.Provider value={bodyId}>{children}</BodyContext.Provider>
    </>
  );
}
