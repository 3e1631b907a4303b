import { Button, Card, Grid, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { PlanCanvas } from '../plan/canvas/PlanCanvas';
import { usePlan } from '../plan/plan-api';
import { placeNamesOf } from '../reasons';
import {
  moveProducer,
  swapProducers,
  useBoardRefresh,
  useDraft,
  useInstance,
  usePins,
  useRuns,
} from './board-api';
import { propose, type Proposal } from './board-rules';
import { DropAnswer } from './DropAnswer';
import { ProducerPanel } from './ProducerPanel';
import { PublishDialog } from './PublishDialog';
import { RunBar } from './RunBar';
import { UnassignedList } from './UnassignedList';
import { type ColourBy, useBoard } from './use-board';

/**
 * The allocation board: run the engine and watch it, see the result on the plan, move and
 * swap producers by dragging (each drop checked by the contract's rules, with the score it
 * gives), pin, run again keeping pins, and publish after a preview of the letters.
 */
export default function AllocationBoardPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const fair = useFair(fairId);
  const plan = usePlan(fairId);
  const runs = useRuns(fairId);
  const run = runs.data?.[0];
  const done = run?.status === 'done' ? run.id : undefined;
  const draft = useDraft(fairId, done);
  const instance = useInstance(fairId, done);
  const pins = usePins(fairId);
  const refresh = useBoardRefresh(fairId);
  const [colourBy, setColourBy] = useState<ColourBy>('producer');
  const [chosen, setChosen] = useState<string | null>(null);
  const [hover, setHover] = useState<Proposal | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [publishing, setPublishing] = useState(false);
  const dragged = useRef<string | null>(null);
  const board = useBoard(
    plan.data,
    draft.data,
    instance.data,
    pins.data,
    colourBy,
    chosen,
    hover ?? proposal,
  );
  const apply = useMutation({
    mutationFn: ({ p, override }: { p: Proposal; override: boolean }) =>
      p.kind === 'swap'
        ? swapProducers(fairId, done!, { applicationIds: p.requests, override })
        : moveProducer(fairId, done!, {
            applicationId: p.requests[0],
            booths: p.booths[0],
            override,
          }),
    onSuccess: (next) => {
      refresh.draft(next);
      setProposal(null);
    },
  });

  if (fair.isPending || plan.isPending || runs.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  if (plan.isError) return <ErrorState error={plan.error} />;
  if (runs.isError) return <ErrorState error={runs.error} />;
  const ask = (request: string, target: string | null) => {
    apply.reset();
    setProposal(target && board.rules ? propose(board.rules, board.placed, request, target) : null);
  };
  const assignment = draft.data?.assignments.find((a) => a.applicationId === chosen);
  const waiting = draft.data?.unassigned.find((u) => u.applicationId === chosen);
  const ready = !!(done && draft.data && board.rules);
  const names = placeNamesOf(plan.data, i18n.language);

  return (
    <Stack>
      <FairHeader fair={fair.data} tab="allocation" />
      <RunBar fairId={fairId} run={run} onStarted={() => void refresh.all()}>
        {ready && (
          <Button variant="default" onClick={() => setPublishing(true)}>
            {t('plan.board.publish.open')}
          </Button>
        )}
      </RunBar>
      {!run && <EmptyNote>{t('plan.board.none')}</EmptyNote>}
      {ready && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Group justify="space-between" mb="xs">
              <Text size="sm" fw={600} role="status">
                {t('plan.board.score', { score: draft.data.score, edits: draft.data.edits })}
              </Text>
              <SegmentedControl
                aria-label={t('plan.board.colourBy')}
                value={colourBy}
                onChange={(v) => setColourBy(v as ColourBy)}
                data={[
                  { value: 'producer', label: t('plan.board.byProducer') },
                  { value: 'zone', label: t('plan.board.byZone') },
                ]}
              />
            </Group>
            <PlanCanvas
              booths={plan.data.booths}
              fills={board.fills}
              marks={board.marks}
              pinned={board.pinnedBooths}
              title={t('plan.board.canvas', { assigned: draft.data.assignments.length })}
              height="max(360px, calc(100vh - 340px))"
              onPick={(code) => {
                const holder = code ? board.holders.get(code) : undefined;
                if (code && chosen && waiting && !holder) ask(chosen, code);
                else setChosen(holder ?? null);
              }}
              onBox={() => undefined}
              drag={{
                canDrag: (code) => {
                  dragged.current = board.holders.get(code) ?? null;
                  return dragged.current !== null;
                },
                over: (code) =>
                  setHover(
                    code && dragged.current
                      ? propose(board.rules!, board.placed, dragged.current, code)
                      : null,
                  ),
                drop: (code) => {
                  setHover(null);
                  setChosen(dragged.current);
                  if (dragged.current) ask(dragged.current, code);
                },
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack>
              {proposal && (
                <DropAnswer
                  proposal={proposal}
                  names={board.names}
                  placeNames={names}
                  busy={apply.isPending}
                  error={apply.error}
                  onApply={(override) => apply.mutate({ p: proposal, override })}
                  onCancel={() => setProposal(null)}
                />
              )}
              <Card withBorder>
                {assignment || waiting ? (
                  <ProducerPanel
                    key={chosen}
                    fairId={fairId}
                    assignment={assignment}
                    unassigned={waiting}
                    names={names}
                    pinned={(pins.data ?? []).some((p) => p.applicationId === chosen)}
                    onPinsChanged={() => void pins.refetch()}
                    onPropose={(target) => ask(chosen!, target)}
                  />
                ) : (
                  <Text size="sm">{t('plan.board.pickHint')}</Text>
                )}
              </Card>
              <UnassignedList
                unassigned={draft.data.unassigned}
                names={names}
                onChoose={setChosen}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      {done && (
        <PublishDialog
          fairId={fairId}
          runId={done}
          opened={publishing}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            void refresh.all();
          }}
        />
      )}
    </Stack>
  );
}
