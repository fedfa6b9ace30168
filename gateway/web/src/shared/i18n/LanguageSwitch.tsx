import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from './index';

/** 日本語 / English switch; the choice persists in localStorage and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ja';
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        data-testid="language-switch"
        size="xs"
        radius="xl"
        value={value}
        onChange={(next) => {
          if (isLanguage(next)) void changeLanguage(next);
        }}
        data={LANGUAGES.map((language) => ({
          value: language,
          label: <span lang={language}>{t(`language.${language}`)}</span>,
        }))}
      />
    </div>
  );
}
