import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeOverride,
  mergeThemeOverrides,
} from '@mantine/core';

// Bamboo green, dark enough at the primary shade for white text at AA contrast.
const tre: MantineColorsTuple = [
  '#e6f6f1',
  '#cdebe2',
  '#9bd6c4',
  '#66c1a5',
  '#3aae8a',
  '#1f9e78',
  '#12866a',
  '#0c6b58',
  '#0a5a4a',
  '#06463a',
];

export const theme = createTheme({
  primaryColor: 'tre',
  primaryShade: 7,
  colors: { tre },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // People who ask their system for less motion get dialogs and menus without animation.
  respectReducedMotion: true,
  headings: { fontWeight: '650' },
});

/**
 * Mantine's dimmed grey is 3.3:1 on white and its error red 3.6:1; secondary text and a
 * field's error (its message and the typed text) must still reach AA (4.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});

/**
 * The theme with the close buttons of every notification and dialog named in the language on
 * screen (Mantine leaves them unnamed, which axe reports as serious).
 */
export function themeIn(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  // Plain objects, not `Modal.extend(…)`: naming the components would bring their code (the
  // modal's scroll area and floating-ui) into the main script; they load with app/Overlays.
  return mergeThemeOverrides(theme, {
    components: {
      Notification: { defaultProps: { closeButtonProps } },
      Modal: { defaultProps: { closeButtonProps } },
    },
  });
}
