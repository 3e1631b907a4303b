import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReviewSort } from './review-api';

export interface SortState {
  sort: ReviewSort;
  order: 'asc' | 'desc';
}

/** A column heading that sorts the list by its column (the API sorts: Vietnamese order for names). */
export function SortHeader({
  column,
  state,
  onSort,
  children,
}: {
  column: ReviewSort;
  state: SortState;
  onSort: (state: SortState) => void;
  children: ReactNode;
}) {
  const active = state.sort === column;
  const next = active && state.order === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th aria-sort={active ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort({ sort: column, order: next })}>
        {children} {active ? (state.order === 'asc' ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
