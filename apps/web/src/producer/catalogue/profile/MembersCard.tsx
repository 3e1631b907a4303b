import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { useMe } from '@web/session/session';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { useFormSubmit } from '@web/ui/form-submit';
import { withLocalisedErrors } from '../api-errors';
import { confirmDanger } from '../confirm-danger';
import { type Member, membersKey, useMembers } from './profile-api';

const EMAIL = /^\S+@\S+\.\S+$/;

/** The people who may act for the producer, and adding one by email. */
export function MembersCard({ producerId }: { producerId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const members = useMembers(producerId);
  const me = useMe().data;
  const [added, setAdded] = useState<{ name: string; email: string }>();
  const form = useForm({
    initialValues: { fullName: '', email: '' },
    validate: {
      fullName: (v) => (v.trim() ? null : t('producerCatalogue.profile.nameRequired')),
      email: (v) => (EMAIL.test(v.trim()) ? null : t('producerCatalogue.profile.emailInvalid')),
    },
  });
  const remove = (member: Member) =>
    confirmDanger(t, {
      title: t('producerCatalogue.members.removeTitle', { name: member.fullName }),
      body: t('producerCatalogue.members.removeBody', { email: member.email }),
      confirm: t('producerCatalogue.members.remove', { name: member.fullName }),
      onConfirm: async () => {
        await unwrap(
          api.DELETE('/api/v1/producers/{producerId}/members/{userId}', {
            params: { path: { producerId, userId: member.id } },
          }),
        );
        notifications.show({
          message: t('producerCatalogue.members.removed', { name: member.fullName }),
        });
        await client.invalidateQueries({ queryKey: membersKey(producerId) });
      },
    });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) => {
      setAdded(undefined);
      return withLocalisedErrors(
        unwrap(
          api.POST('/api/v1/producers/{producerId}/members', {
            params: { path: { producerId } },
            body: { ...values, locale: i18n.language === 'en' ? 'en' : 'vi' },
          }),
        ),
        t,
      );
    },
    (member) => {
      setAdded({ name: member.fullName, email: member.email });
      form.reset();
      void client.invalidateQueries({ queryKey: membersKey(producerId) });
    },
  );
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('producerCatalogue.members.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('producerCatalogue.members.hint')}
        </Text>
        {members.isPending ? (
          <Loading />
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {members.data?.map((member) => (
              <Group key={member.id} component="li" justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {member.id === me?.id
                      ? `${member.fullName} (${t('producerCatalogue.members.you')})`
                      : member.fullName}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {member.email}
                  </Text>
                  <Text size="xs" c={member.emailVerifiedAt ? 'tre.8' : 'dimmed'}>
                    {t(
                      member.emailVerifiedAt
                        ? 'producerCatalogue.members.verified'
                        : 'producerCatalogue.members.invited',
                    )}
                  </Text>
                </div>
                {member.id !== me?.id && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('producerCatalogue.members.remove', { name: member.fullName })}
                    onClick={() => remove(member)}
                  >
                    {t('producerCatalogue.members.removeShort')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        <form onSubmit={onSubmit} noValidate aria-label={t('producerCatalogue.members.add')}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('producerCatalogue.members.add')}
            </Title>
            <FormError error={error} />
            <TextInput
              label={t('producerCatalogue.members.fullName')}
              required
              {...form.getInputProps('fullName')}
            />
            <TextInput
              label={t('producerCatalogue.members.email')}
              type="email"
              required
              {...form.getInputProps('email')}
            />
            {added && (
              <Alert color="tre" role="status">
                {t('producerCatalogue.members.added', added)}
              </Alert>
            )}
            <Button type="submit" variant="light" loading={pending}>
              {t('producerCatalogue.members.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
