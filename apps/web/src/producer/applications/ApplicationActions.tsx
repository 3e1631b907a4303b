import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { formatDateTime } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import type { Application } from './applications-api';
import { useSingleFlight } from './use-single-flight';

/** Edit, submit and withdraw, each confirmed first where it sends mail or cannot be undone. */
export function ApplicationActions({
  app,
  withdrawalDeadline,
}: {
  app: Application;
  withdrawalDeadline: string | null;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const refresh = (saved: Application) => {
    client.setQueryData(['applications', app.id], saved);
    void client.invalidateQueries({ queryKey: ['applications'] });
  };
  const path = { params: { path: { applicationId: app.id } } };
  const submit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/applications/{applicationId}/submit', path)),
    onSuccess: (saved) => {
      refresh(saved);
      notifications.show({
        color: 'tre',
        message: t('producerApplications.page.submitted'),
        withCloseButton: false,
      });
    },
  });
  const submitOnce = useSingleFlight(() => submit.mutateAsync());
  const confirmSubmit = () =>
    modals.openConfirmModal({
      modalId: 'submit-application',
      title: t('producerApplications.page.submitTitle'),
      closeButtonProps: { 'aria-label': t('common.cancel') },
      children: <Text size="sm">{t('producerApplications.page.submitBody')}</Text>,
      labels: { confirm: t('producerApplications.page.submit'), cancel: t('common.cancel') },
      onConfirm: submitOnce,
    });
  const can = (action: string) => (app.allowedActions as string[]).includes(action);
  return (
    <Stack>
      <FormError error={submit.error} />
      {app.status === 'draft' && (
        <Group grow>
          <Button component={Link} to={`/fairs/${app.fairId}/apply`} variant="default">
            {t('producerApplications.page.edit')}
          </Button>
          {can('submit') && (
            <Button onClick={confirmSubmit} loading={submit.isPending}>
              {t('producerApplications.page.submit')}
            </Button>
          )}
        </Group>
      )}
      {can('withdraw') && (
        <>
          <Button color="red.9" variant="outline" onClick={() => setWithdrawing(true)}>
            {t('producerApplications.page.withdraw')}
          </Button>
          {withdrawalDeadline && app.status === 'approved' && (
            <Text size="sm" c="dimmed">
              {t('producerApplications.page.withdrawUntil', {
                when: formatDateTime(withdrawalDeadline),
              })}
            </Text>
          )}
          <WithdrawModal
            app={app}
            opened={withdrawing}
            onClose={() => setWithdrawing(false)}
            onDone={refresh}
          />
        </>
      )}
    </Stack>
  );
}

function WithdrawModal({
  app,
  opened,
  onClose,
  onDone,
}: {
  app: Application;
  opened: boolean;
  onClose: () => void;
  onDone: (saved: Application) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/applications/{applicationId}/withdraw', {
          params: { path: { applicationId: app.id } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    onSuccess: (saved) => {
      onDone(saved);
      onClose();
      notifications.show({
        message: t('producerApplications.page.withdrawn'),
        withCloseButton: false,
      });
    },
  });
  const withdrawOnce = useSingleFlight(() => withdraw.mutateAsync());
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('producerApplications.page.withdrawTitle')}
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      <Stack>
        <Text size="sm">{t('producerApplications.page.withdrawBody')}</Text>
        <FormError error={withdraw.error} />
        <Textarea
          label={t('producerApplications.page.withdrawReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={withdraw.isPending} onClick={withdrawOnce}>
            {t('producerApplications.page.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
