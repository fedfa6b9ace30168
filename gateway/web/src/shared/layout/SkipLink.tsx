import { useTranslation } from 'react-i18next';

/** First focusable element: jumps over the header and navigation to `<main id="main">`. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="azukari-skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
