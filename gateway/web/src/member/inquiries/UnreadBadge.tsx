import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { useUnreadCount } from './api';

/** How many of the shop's replies the member has not read yet, next to the navigation entry. */
export function UnreadBadge({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const unread = useUnreadCount(!!me?.roles.includes('member'));
  const count = unread.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <Badge size={size} color="red" variant="filled" circle={count < 10} ml={4} aria-label={t('memberInquiries.unreadCount', { count })} data-testid="inquiry-unread-badge">
      {count}
    </Badge>
  );
}
