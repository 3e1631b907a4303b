import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Funnel } from './campaigns-api';

const STEPS = ['invited', 'sent', 'opened', 'accepted', 'attended'] as const;
const ROW = 34;
const LABEL = 120;
const WIDTH = 640;
const NUMBER = 56;

/**
 * Invited → sent → opened → accepted → attended as plain SVG bars, each with its number; the
 * figure's name reads every number out, so the chart says what it shows without sight.
 */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const top = Math.max(funnel.invited, 1);
  const span = WIDTH - LABEL - NUMBER;
  const summary = STEPS.map((s) => `${t(`outreach.funnel.${s}`)} ${funnel[s]}`).join(', ');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('outreach.funnel.title')}
      </Title>
      <svg
        role="img"
        aria-label={t('outreach.funnel.chart', { summary })}
        viewBox={`0 0 ${WIDTH} ${STEPS.length * ROW}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {STEPS.map((step, i) => {
          const value = funnel[step];
          const w = Math.max((value / top) * span, value ? 2 : 0);
          const y = i * ROW;
          return (
            <g key={step} aria-hidden="true">
              <text x={0} y={y + 22} fontSize={14} fill="var(--mantine-color-text)">
                {t(`outreach.funnel.${step}`)}
              </text>
              <rect
                x={LABEL}
                y={y + 6}
                width={span}
                height={22}
                fill="var(--mantine-color-gray-1)"
                rx={3}
              />
              <rect
                x={LABEL}
                y={y + 6}
                width={w}
                height={22}
                fill="var(--mantine-color-tre-8)"
                rx={3}
              />
              <text
                x={LABEL + w + 6}
                y={y + 22}
                fontSize={14}
                fontWeight={700}
                fill="var(--mantine-color-text)"
              >
                {value}
              </text>
            </g>
          );
        })}
      </svg>
    </Card>
  );
}
