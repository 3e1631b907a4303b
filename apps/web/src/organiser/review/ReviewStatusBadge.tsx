import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewApplication } from './review-api';

const COLOURS: Record<string, string> = {
  submitted: 'blue.8',
  approved: 'tre.8',
  waitlisted: 'yellow.5',
  rejected: 'red.8',
  withdrawn: 'gray.7',
  draft: 'gray.7',
};

const FULL_WIDTH = { minWidth: 'max-content' };

/** The status as the organiser sees it, and whether it is staged and not told yet. */
export function ReviewStatusBadge({ application }: { application: ReviewApplication }) {
  const { t } = useTranslation();
  return (
    // Badges keep their whole word (a narrow column wraps them instead of cutting them short).
    <Group gap={4}>
      <Badge color={COLOURS[application.reviewStatus]} autoContrast style={FULL_WIDTH}>
        {t(`desk.status.${application.reviewStatus}`)}
      </Badge>
      {application.pendingDecision && (
        <Badge color="gray.8" variant="outline" style={FULL_WIDTH}>
          {t('desk.staged')}
        </Badge>
      )}
    </Group>
  );
}
