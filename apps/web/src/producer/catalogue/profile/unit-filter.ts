import type { ComboboxItem, OptionsFilter } from '@mantine/core';

/** Lower case without tone marks, đ as d: "Xã Phú Nghĩa" → "xa phu nghia". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/**
 * Keeps the options whose label holds every typed word, tone marks and đ ignored, as the
 * API's searches do: people type "phu nghia" on a phone keyboard without Vietnamese input.
 */
export const unitFilter: OptionsFilter = ({ options, search }) => {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return (options as ComboboxItem[]).filter((option) => {
    const label = fold(option.label);
    return words.every((word) => label.includes(word));
  });
};
