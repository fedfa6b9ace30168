import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCounts } from './api';

/** The number of NEW inquiries next to the navigation entry (nothing when none or unknown). */
export function InquiryNavBadge() {
  const { t } = useTranslation();
  const counts = useCounts();
  const count = counts.data?.NEW ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle={count < 10} aria-label={t('inquiries.nav.newCount', { count })} data-testid="inquiry-nav-badge">
      {count}
    </Badge>
  );
}
