import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconLock, IconMessageExclamation } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/api/problem';
import { formatDateTime } from '../requests/parts';
import type { CodedProblem, InquiryState, InquiryView, ReplyLock } from './api';

export { formatDateTime, formatRelative } from '../requests/parts';

const STATE_COLORS: Record<InquiryState, string> = { NEW: 'red', IN_PROGRESS: 'blue', PENDING_CUSTOMER: 'yellow', DONE: 'gray' };

export function StateBadge({ state, size = 'sm' }: { state: InquiryState; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state] ?? 'gray'} variant="light" size={size} tt="none" data-testid="inquiry-state" data-state={state}>
      {t(`inquiries.state.${state}`)}
    </Badge>
  );
}

/** Whether a lock is still held (the server drops it after 2 minutes; the view may be a few seconds old). */
export function isLive(lock: ReplyLock | null | undefined, now = Date.now()): lock is ReplyLock {
  return !!lock && new Date(lock.expiresAt).getTime() > now;
}

/** 「A さんが返信中」: someone holds the reply lock. */
export function LockBadge({ lock, size = 'sm' }: { lock: ReplyLock; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" size={size} tt="none" leftSection={<IconLock size={12} aria-hidden />} data-testid="lock-badge">
      {t('inquiries.lock.replying', { name: lock.holderName })}
    </Badge>
  );
}

export function UnansweredBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('inquiries.list.unansweredHint')} withArrow>
      <Badge color="red" variant="dot" size="sm" tt="none" leftSection={<IconMessageExclamation size={12} aria-hidden />} data-testid="unanswered">
        {t('inquiries.list.unanswered')}
      </Badge>
    </Tooltip>
  );
}

export function Labels({ labels }: { labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {labels.map((label) => (
        <Badge key={label} size="xs" variant="outline" color={label === 'urgent' || label === '至急' ? 'red' : 'grape'} tt="none" data-testid="inquiry-label">
          {label}
        </Badge>
      ))}
    </Group>
  );
}

export function CustomerName({ inquiry }: { inquiry: Pick<InquiryView, 'customer'> }) {
  const { t } = useTranslation();
  const { customer } = inquiry;
  return (
    <Text size="sm" fw={600} span>
      {customer.name || customer.email || customer.phone || t('inquiries.list.unknownCustomer')}
    </Text>
  );
}

/** 「A 10:02、B 10:15 が閲覧」 */
export function ReadByStrip({ readBy }: { readBy: InquiryView['readBy'] }) {
  const { t, i18n } = useTranslation();
  if (readBy.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="read-by">
        {t('inquiries.detail.readByNobody')}
      </Text>
    );
  }
  return (
    <Text size="sm" data-testid="read-by">
      {t('inquiries.detail.readBy', {
        list: readBy.map((view) => `${view.name} ${formatDateTime(view.at, i18n.language)}`).join(t('inquiries.detail.readBySeparator')),
      })}
    </Text>
  );
}

/** A readable sentence for inquiry-service's coded refusals; null when the problem details say it best. */
export function useInquiryProblemText() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string | null => {
      const problem = problemOf(error) as CodedProblem;
      switch (problem.code) {
        case 'reply-locked':
          return t('inquiries.problem.replyLocked', { name: problem.holderName ?? problem.lock?.holderName ?? t('inquiries.problem.someone') });
        case 'already-answered':
          return t('inquiries.problem.alreadyAnswered');
        default:
          if (problem.status === 409) return t('inquiries.problem.changedElsewhere');
          if (problem.status === 428) return t('inquiries.problem.versionMissing');
          return problem.detail ?? null;
      }
    },
    [t],
  );
}
