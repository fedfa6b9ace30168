import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './api';

/** The member's unread notification count next to the navigation entry; nothing when none. */
export function UnreadBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  if (count <= 0) return null;
  return (
    <Badge
      size={compact ? 'xs' : 'sm'}
      color="red"
      variant="filled"
      circle={count < 10}
      ml={compact ? 0 : 4}
      data-testid="unread-badge"
      aria-label={t('memberNotifications.unreadBadge', { count })}
      style={compact ? { position: 'absolute', top: 2, right: '22%' } : undefined}
    >
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
