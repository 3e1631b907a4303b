import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Producer } from './profile-api';
import { useVillages } from './profile-api';

type Village = NonNullable<Producer['craftVillage']>;

interface Props {
  provinceCode: string;
  /** The village saved on the profile, so it shows before any search. */
  current: Producer['craftVillage'];
  value: string;
  onChange: (villageId: string) => void;
  error?: string;
}

/** The craft village, searched by name among the chosen province's villages. */
export function VillageSelect({ provinceCode, current, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Village | null>(current);
  const [search, setSearch] = useState('');
  const label = (village: Village) =>
    village.recognised
      ? `${village.name} (${t('producerCatalogue.profile.recognised')})`
      : village.name;
  // Once a village is picked the box shows its label; that is not a search.
  const typed = picked && search === label(picked) ? '' : search;
  const [query] = useDebouncedValue(typed, 250);
  const villages = useVillages(provinceCode, query);
  const found = villages.data?.items ?? [];
  const options = [...found, ...(picked && !found.some((v) => v.id === picked.id) ? [picked] : [])]
    .filter((village) => village.provinceCode === provinceCode)
    .map((village) => ({ value: village.id, label: label(village) }));
  return (
    <Select
      label={t('producerCatalogue.profile.village')}
      description={t('producerCatalogue.profile.villageHint')}
      placeholder={
        provinceCode
          ? t('producerCatalogue.profile.villagePlaceholder')
          : t('producerCatalogue.profile.communeFirst')
      }
      disabled={!provinceCode}
      data={options}
      searchable
      clearable
      // The API already matched the words with diacritics ignored; Mantine's filter would not.
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('producerCatalogue.profile.nothingFound')}
      value={value || null}
      onChange={(id) => {
        setPicked([...found, ...(picked ? [picked] : [])].find((v) => v.id === id) ?? null);
        onChange(id ?? '');
      }}
      error={error}
    />
  );
}
