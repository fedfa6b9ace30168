import { Alert, Anchor } from '@mantine/core';
import { IconMailExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeliverySummary } from './api';

/** On the front page: how many mails failed or bounced, with a link to them; nothing when none (or unknown). */
export function FailedMailAlert() {
  const { t } = useTranslation();
  const summary = useDeliverySummary();
  const failed = (summary.data?.FAILED ?? 0) + (summary.data?.BOUNCED ?? 0);
  if (!summary.data || failed === 0) return null;
  return (
    <Alert color="red" icon={<IconMailExclamation size={18} />} data-testid="failed-mail-alert">
      {t('mailAdmin.alert.failed', { count: failed })}{' '}
      <Anchor component={Link} to="/mail/deliveries?state=FAILED">
        {t('mailAdmin.alert.open')}
      </Anchor>
    </Alert>
  );
}
