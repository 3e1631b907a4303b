import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateAnswer } from './decide';

/** Green lets in, amber is a ticket seen before or on another day, red is a refusal. */
const COLOURS: Record<string, string> = {
  admitted: '#0b6b3a',
  already_admitted: '#8a5a00',
  not_valid_today: '#8a5a00',
  revoked: '#a51d24',
  wrong_fair: '#a51d24',
  invalid: '#a51d24',
};

export interface ShownAnswer {
  answer: GateAnswer;
  offline: boolean;
  /** performance.now() of the frame (or the typed code's submission) the answer is for. */
  frameAt: number;
}

/**
 * The whole screen answers, readable at arm's length: a title in words, the line the server's
 * rules give, and for an admission the holder's initials and the party's size. Once painted it
 * records how long the answer took from the frame (`gate-answer` in the performance timeline).
 */
export function AnswerScreen({ shown, onNext }: { shown: ShownAnswer; onNext: () => void }) {
  const { t } = useTranslation();
  const { answer } = shown;
  const next = useRef<HTMLButtonElement>(null);
  const title =
    answer.result === 'invalid' && answer.reason === 'bad_signature'
      ? t('gate.answer.forged')
      : t(`gate.answer.${answer.result as 'admitted'}`);

  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      performance.measure('gate-answer', { start: shown.frameAt, end: performance.now() });
    });
  }, [shown]);
  useEffect(() => next.current?.focus(), []);

  return (
    <Stack
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="gate-answer-title"
      aria-describedby="gate-answer-message"
      data-result={answer.result}
      justify="center"
      align="center"
      gap="lg"
      p="xl"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 300,
        background: COLOURS[answer.result],
        color: '#fff',
      }}
      onClick={onNext}
    >
      <Title id="gate-answer-title" order={2} fz={40} ta="center" c="white">
        {title}
      </Title>
      {answer.result === 'admitted' && (
        <Text fz={28} fw={700} ta="center">
          {t('gate.answer.party', { initials: answer.initials, count: 1 + (answer.guests ?? 0) })}
        </Text>
      )}
      <Text id="gate-answer-message" fz="xl" ta="center">
        {answer.message}
      </Text>
      {shown.offline && (
        <Text fz="sm" ta="center">
          {t('gate.answer.decidedOffline')}
        </Text>
      )}
      <Button ref={next} size="xl" variant="white" color="dark" onClick={onNext}>
        {t('gate.answer.next')}
      </Button>
    </Stack>
  );
}
