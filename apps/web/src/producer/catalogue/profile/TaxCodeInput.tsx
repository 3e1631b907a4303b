import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type LegalForm, taxCodeFeedback } from './tax-code-feedback';

interface Props {
  legalForm: LegalForm;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** An error from submitting (the form's check or the API's), shown over the live one. */
  error?: string;
}

/** The tax code (or a household's CCCD) with live feedback from the API's own rule. */
export function TaxCodeInput({ legalForm, value, onChange, onBlur, error }: Props) {
  const { t } = useTranslation();
  const household = legalForm === 'household_business';
  const feedback = taxCodeFeedback(value, legalForm);
  const live =
    feedback.kind === 'invalid' ? t(`producerCatalogue.reasons.${feedback.reason}`) : undefined;
  const description =
    feedback.kind === 'valid' ? (
      <Text span size="xs" c="tre.8" fw={500}>
        {t(
          household
            ? 'producerCatalogue.profile.cccdValid'
            : 'producerCatalogue.profile.taxCodeValid',
        )}
      </Text>
    ) : feedback.kind === 'progress' ? (
      t('producerCatalogue.profile.taxCodeProgress', { count: feedback.count, of: feedback.of })
    ) : household ? (
      t('producerCatalogue.profile.cccdHint')
    ) : (
      t('producerCatalogue.profile.taxCodeHint')
    );
  return (
    <TextInput
      label={t(household ? 'producerCatalogue.profile.cccd' : 'producerCatalogue.profile.taxCode')}
      description={description}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error ?? live}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    />
  );
}
