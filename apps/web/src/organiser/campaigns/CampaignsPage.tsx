import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { fairName, useBodyFairs } from '../fairs/fairs-api';
import { Pager } from '../visitors/Pager';
import { CAMPAIGN_PAGE_SIZE, useCampaigns } from './campaigns-api';
import { CampaignStatusBadge } from './CampaignStatusBadge';

/** The body's invitation campaigns, newest first. */
export default function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const bodyId = useBodyId();
  const [page, setPage] = useState(1);
  const campaigns = useCampaigns(bodyId, page);
  const fairs = useBodyFairs(bodyId);
  const fairNames = new Map((fairs.data ?? []).map((f) => [f.id, fairName(f, i18n.language)]));
  const create = (
    <Button component={Link} to="/campaigns/new">
      {t('outreach.campaigns.new')}
    </Button>
  );
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <PageTitle>{t('outreach.campaigns.title')}</PageTitle>
        {create}
      </Group>
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} />
      ) : campaigns.data.total === 0 ? (
        <EmptyNote>{t('outreach.campaigns.none')}</EmptyNote>
      ) : (
        <>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outreach.campaigns.name')}</Table.Th>
                <Table.Th>{t('outreach.campaigns.fair')}</Table.Th>
                <Table.Th>{t('outreach.campaigns.status')}</Table.Th>
                <Table.Th>{t('outreach.campaigns.invited')}</Table.Th>
                <Table.Th>{t('outreach.campaigns.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600} size="sm">
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{fairNames.get(c.fairId) ?? ''}</Table.Td>
                  <Table.Td>
                    <CampaignStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{c.invited}</Table.Td>
                  <Table.Td>{formatDateTime(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager
            total={campaigns.data.total}
            pageSize={CAMPAIGN_PAGE_SIZE}
            page={page}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}
