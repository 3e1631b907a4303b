import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyContact, type ProfileValues } from './profile-form';

const MAX_CONTACTS = 10;

/** The people the organisers call; each with a phone the API checks as Vietnamese. */
export function ContactsFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const { t } = useTranslation();
  const contacts = form.getValues().contacts;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {contacts.length
          ? t('producerCatalogue.profile.contactsHint')
          : t('producerCatalogue.profile.noContacts')}
      </Text>
      {contacts.map((_contact, i) => (
        <Fieldset
          key={form.key(`contacts.${i}`)}
          legend={t('producerCatalogue.profile.contactN', { n: i + 1 })}
          p="sm"
        >
          <Stack gap="xs">
            <TextInput
              label={t('producerCatalogue.profile.contactName')}
              autoComplete="name"
              required
              {...form.getInputProps(`contacts.${i}.name`)}
            />
            <TextInput
              label={t('producerCatalogue.profile.contactTitle')}
              {...form.getInputProps(`contacts.${i}.title`)}
            />
            <TextInput
              label={t('producerCatalogue.profile.contactPhone')}
              type="tel"
              autoComplete="tel"
              required
              {...form.getInputProps(`contacts.${i}.phone`)}
            />
            <TextInput
              label={t('producerCatalogue.profile.contactEmail')}
              type="email"
              autoComplete="email"
              {...form.getInputProps(`contacts.${i}.email`)}
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => form.removeListItem('contacts', i)}
              >
                {t('producerCatalogue.profile.removeContact', { n: i + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      {contacts.length < MAX_CONTACTS && (
        <Button variant="light" onClick={() => form.insertListItem('contacts', emptyContact())}>
          {t('producerCatalogue.profile.addContact')}
        </Button>
      )}
    </Stack>
  );
}
