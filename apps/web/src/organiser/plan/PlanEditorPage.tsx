import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { notifyDone } from '../notify';
import { BoothEditor } from './BoothEditor';
import type { BoothMark } from './canvas/MarkLayer';
import { PlanCanvas } from './canvas/PlanCanvas';
import { GridForm } from './GridForm';
import { ImportForm } from './ImportForm';
import { type PlanChange, usePlan, useRefreshPlan } from './plan-api';
import { issuesWith } from './plan-checks';
import { zoneFills } from './plan-colours';
import { SelectionEditor } from './SelectionEditor';

const EDITABLE = ['draft', 'open'];

/**
 * The floor plan editor: the plan drawn to pan, zoom and pick booths on; grids generated and
 * files imported; booths edited in place with the plan checked as they are.
 */
export default function PlanEditorPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const fair = useFair(fairId);
  const plan = usePlan(fairId);
  const refresh = useRefreshPlan(fairId);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'grid' | 'import' | null>(null);
  const [find, setFind] = useState('');

  const loaded = plan.data;
  const byCode = useMemo(() => new Map((loaded?.booths ?? []).map((b) => [b.code, b])), [loaded]);
  const fills = useMemo(() => {
    const zones = zoneFills(loaded?.zones ?? []);
    return new Map((loaded?.booths ?? []).map((b) => [b.code, zones.get(b.zone) ?? '#e9ecef']));
  }, [loaded]);
  const issues = useMemo(() => (loaded ? issuesWith(loaded, null, {}) : []), [loaded]);
  const marks = useMemo(() => {
    const map = new Map<string, BoothMark>();
    for (const issue of issues) if (issue.booth) map.set(issue.booth, 'invalid');
    if (selected.length === 1) {
      for (const n of byCode.get(selected[0])?.neighbours ?? []) map.set(n, 'neighbour');
    }
    for (const code of selected) map.set(code, 'selected');
    return map;
  }, [issues, selected, byCode]);

  if (fair.isPending || plan.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  if (plan.isError) return <ErrorState error={plan.error} />;
  const data = plan.data;
  const locked = !EDITABLE.includes(fair.data.status);
  const chosen = selected.map((code) => byCode.get(code)).filter((b) => b !== undefined);
  const changed = (change: PlanChange) => {
    setDialog(null);
    notifyDone(t('plan.changed', { created: change.created, total: change.total }));
    void refresh();
  };
  const pick = (code: string | null, additive: boolean) =>
    setSelected((now) =>
      code === null
        ? additive
          ? now
          : []
        : additive
          ? now.includes(code)
            ? now.filter((c) => c !== code)
            : [...now, code]
          : [code],
    );
  const corners = data.booths.filter((b) => b.corner).length;

  return (
    <Stack>
      <FairHeader fair={fair.data} tab="plan" />
      {locked && <Alert color="yellow">{t('plan.locked')}</Alert>}
      <Group justify="space-between">
        <Group gap="xs">
          <Badge variant="light" color="gray" size="lg">
            {t('plan.count', { count: data.booths.length })}
          </Badge>
          <Badge variant="light" color="gray" size="lg">
            {t('plan.corners', { count: corners })}
          </Badge>
          <Badge variant="light" color={issues.length ? 'red' : 'tre'} size="lg" role="status">
            {issues.length ? t('plan.issues', { count: issues.length }) : t('plan.valid')}
          </Badge>
        </Group>
        <Group gap="xs">
          <Button
            disabled={locked || !data.zones.length || !data.boothTypes.length}
            onClick={() => setDialog('grid')}
          >
            {t('plan.grid.open')}
          </Button>
          <Button variant="default" disabled={locked} onClick={() => setDialog('import')}>
            {t('plan.import.open')}
          </Button>
        </Group>
      </Group>
      {!data.zones.length || !data.boothTypes.length ? (
        <EmptyNote>{t('plan.needsZones')}</EmptyNote>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {data.booths.length === 0 ? (
            <EmptyNote>{t('plan.empty')}</EmptyNote>
          ) : (
            <PlanCanvas
              booths={data.booths}
              fills={fills}
              marks={marks}
              title={t('plan.canvas.title', { count: data.booths.length })}
              onPick={pick}
              onBox={(codes) => setSelected((now) => [...new Set([...now, ...codes])])}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Stack gap="sm">
              <TextInput
                label={t('plan.find')}
                value={find}
                onChange={(e) => setFind(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  const code = find.trim().toUpperCase();
                  if (byCode.has(code)) setSelected([code]);
                }}
                description={t('plan.findHint')}
              />
              {chosen.length === 1 ? (
                <BoothEditor
                  key={`${chosen[0].id}:${JSON.stringify(chosen[0])}`}
                  fairId={fairId}
                  plan={data}
                  booth={chosen[0]}
                  locked={locked}
                  onSaved={() => void refresh()}
                  onVisit={(code) => setSelected([code])}
                />
              ) : chosen.length > 1 ? (
                <SelectionEditor
                  key={selected.join()}
                  fairId={fairId}
                  plan={data}
                  booths={chosen}
                  locked={locked}
                  onSaved={(keep) => {
                    if (keep) setSelected([keep]);
                    void refresh();
                  }}
                />
              ) : (
                <Text size="sm">{t('plan.pickHint')}</Text>
              )}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'grid'}
        onClose={() => setDialog(null)}
        title={t('plan.grid.title')}
        size="lg"
      >
        <GridForm fairId={fairId} plan={data} onDone={changed} />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'import'}
        onClose={() => setDialog(null)}
        title={t('plan.import.title')}
        size="xl"
      >
        <ImportForm fairId={fairId} onDone={changed} />
      </Modal>
    </Stack>
  );
}
