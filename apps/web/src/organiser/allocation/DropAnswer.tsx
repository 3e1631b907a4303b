import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import type { PlaceNames } from '@allocation-rules/draft/place-names';
import { placementText } from '../reasons';
import type { Proposal } from './board-rules';

/**
 * The answer to a drop, before anything is saved: the booths, every rule broken, and the
 * score it would give. Apply, apply anyway (type, zone and connection only), or leave it.
 */
export function DropAnswer({
  proposal,
  names,
  placeNames,
  busy,
  error,
  onApply,
  onCancel,
}: {
  proposal: Proposal;
  names: ReadonlyMap<string, string>;
  /** Zone and booth-type names, for the rules broken. */
  placeNames: PlaceNames;
  busy: boolean;
  error: unknown;
  onApply: (override: boolean) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const delta = proposal.after - proposal.before;
  const ok = proposal.issues.length === 0;
  const [a, b] = proposal.requests.map((r) => names.get(r) ?? r);
  return (
    <Card withBorder aria-labelledby="drop-answer-title" role="region">
      <Stack gap="xs">
        <Title order={2} size="h5" id="drop-answer-title">
          {proposal.kind === 'swap'
            ? t('plan.board.drop.swap', { a, b })
            : t('plan.board.drop.move', { a, booths: proposal.booths[0].join(', ') })}
        </Title>
        <Group gap="xs" role="status">
          <Badge color={ok ? 'tre' : 'red'} variant="filled">
            {ok
              ? t('plan.board.drop.fits')
              : t('plan.board.drop.breaks', { count: proposal.issues.length })}
          </Badge>
          <Text size="sm" fw={600}>
            {t('plan.board.drop.score', {
              before: proposal.before,
              after: proposal.after,
              delta: `${delta >= 0 ? '+' : '−'}${Math.abs(delta)}`,
            })}
          </Text>
        </Group>
        {!ok && (
          <List size="sm">
            {proposal.issues.map((issue, i) => (
              <List.Item key={i}>{placementText(t, i18n.language, issue, placeNames)}</List.Item>
            ))}
          </List>
        )}
        <FormError error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          {proposal.overridable && (
            <Button variant="light" color="orange" loading={busy} onClick={() => onApply(true)}>
              {t('plan.board.drop.override')}
            </Button>
          )}
          <Button disabled={!ok} loading={busy} onClick={() => onApply(false)}>
            {t('plan.board.drop.apply')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
