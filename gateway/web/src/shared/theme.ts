import { createTheme } from '@mantine/core';

const japaneseSans =
  'system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif';

/** 藍 (indigo) as the brand colour, Japanese-first font stack. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: japaneseSans,
  headings: { fontFamily: japaneseSans, fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
