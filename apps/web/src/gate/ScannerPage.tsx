import { Alert, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFairDate } from '@gate-rules/gate-day';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { AnswerScreen, type ShownAnswer } from './AnswerScreen';
import { ConflictList } from './ConflictList';
import { CountsPanel } from './CountsPanel';
import { dayAt } from './decide';
import { signal } from './feedback';
import type { GateSetup } from './gate-db';
import { ANSWER_BUDGET_MS, GateEngine } from './gate-engine';
import { useLeaveGate } from './gate-setup';
import { useCameraScan } from './useCameraScan';
import { useGateSync } from './useGateSync';

/** The scanner: camera and typed codes, the full-screen answer, counts and conflicts. */
export function ScannerPage({ setup }: { setup: GateSetup }) {
  const { t, i18n } = useTranslation();
  const engine = useQuery({
    queryKey: ['gate', 'engine', setup],
    queryFn: () => GateEngine.start(setup, () => (i18n.language === 'en' ? 'en' : 'vi')),
    staleTime: Infinity,
    networkMode: 'always',
  });
  const sync = useGateSync(engine.data);
  const leave = useLeaveGate();
  const [shown, setShown] = useState<ShownAnswer>();
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState('');

  const decide = async (code: string, frameAt: number) => {
    if (!engine.data || busy) return;
    setBusy(true);
    try {
      const decision = await engine.data.scan(code.trim(), frameAt + ANSWER_BUDGET_MS);
      setShown({ ...decision, frameAt });
      signal(decision.answer.result === 'admitted');
      await sync.reload();
    } finally {
      setBusy(false);
    }
  };
  const {
    videoRef,
    state: cameraState,
    start: startCamera,
    stop: stopCamera,
    decoderReady,
  } = useCameraScan(
    Boolean(engine.data) && !shown && !busy,
    (code, frameAt) => void decide(code, frameAt),
  );

  if (engine.isPending) return <Loading />;
  if (engine.isError) return <ErrorState error={engine.error} />;
  const kit = engine.data.kit;
  const day = dayAt(kit, new Date());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) void decide(typed, performance.now()).then(() => setTyped(''));
  };

  return (
    <Stack gap="sm">
      <Title order={1} size="h3">
        {t('gate.scanner.gateLine', { fair: kit.fairName, gate: setup.gate })}
      </Title>
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm">
          {day
            ? t('gate.scanner.today', { day: formatFairDate(day) })
            : t('gate.scanner.notFairDay')}
        </Text>
        <Badge
          color={sync.online ? 'teal.9' : 'dark.5'}
          variant="filled"
          size="lg"
          tt="none"
          style={{ flexShrink: 0 }}
          role="status"
        >
          {sync.online ? t('gate.scanner.online') : t('gate.scanner.offline')}
        </Badge>
      </Group>

      <video
        ref={videoRef}
        aria-label={t('gate.scanner.camera')}
        data-decoder={decoderReady ? 'ready' : 'loading'}
        muted
        playsInline
        style={{
          width: '100%',
          aspectRatio: '4 / 3',
          objectFit: 'cover',
          background: '#000',
          borderRadius: 8,
        }}
      />
      {cameraState === 'failed' && <Alert color="yellow">{t('gate.scanner.cameraOff')}</Alert>}
      {cameraState === 'on' ? (
        <Button variant="light" onClick={stopCamera}>
          {t('gate.scanner.stopCamera')}
        </Button>
      ) : (
        <Button variant="light" onClick={() => void startCamera()}>
          {t('gate.scanner.startCamera')}
        </Button>
      )}

      <form onSubmit={submit}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('gate.scanner.manual')}
            description={t('gate.scanner.manualHint')}
            value={typed}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <Button type="submit">{t('gate.scanner.check')}</Button>
        </Group>
      </form>

      {sync.queued.length > 0 && (
        <Group justify="space-between">
          <Text role="status">{t('gate.scanner.queued', { count: sync.queued.length })}</Text>
          <Button
            variant="light"
            size="xs"
            disabled={!sync.online}
            onClick={() => void sync.sync()}
          >
            {t('gate.scanner.sendNow')}
          </Button>
        </Group>
      )}
      {sync.lastUploadConflicts > 0 && (
        <Alert color="orange" role="alert">
          {t('gate.conflicts.uploaded', { count: sync.lastUploadConflicts })}
        </Alert>
      )}
      <ConflictList conflicts={sync.conflicts} />
      <CountsPanel day={day} stats={sync.stats} queued={sync.queued} gate={setup.gate} />
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => void sync.sync()} disabled={!sync.online}>
          {t('gate.scanner.refresh')}
        </Button>
        <Button variant="subtle" color="gray" onClick={() => void leave()}>
          {t('gate.scanner.change')}
        </Button>
      </Group>
      {shown && <AnswerScreen shown={shown} onNext={() => setShown(undefined)} />}
    </Stack>
  );
}
