import { Alert, Badge, Text } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { safeColor, useFormat } from '../format';
import type { MemberRequest, MemberRequestStatus } from './api';

/** The status's member-facing label in the colours the shop chose for it. */
export function RequestStatusBadge({ status, size = 'lg' }: { status: MemberRequestStatus; size?: 'md' | 'lg' }) {
  const { text } = useFormat();
  return (
    <Badge
      size={size}
      radius="sm"
      tt="none"
      variant="filled"
      style={{ backgroundColor: safeColor(status.color?.background, '#e9ecef'), color: safeColor(status.color?.text, '#212529') }}
      data-testid="request-status"
      data-status={status.code}
    >
      {text(status.label, status.code)}
    </Badge>
  );
}

/** A hold staff put on the request, with their note: visible wherever the request is. */
export function HoldNote({ hold }: { hold: NonNullable<MemberRequest['hold']> }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Alert color="yellow" variant="light" icon={<IconPlayerPause size={18} />} title={t('requests.hold.title')} data-testid="request-hold" p="sm">
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {hold.note}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('requests.hold.since', { date: date(hold.since) })}
      </Text>
    </Alert>
  );
}

/** `KIT` → 宅配キット; a type the web does not know yet shows its code. */
export function useTypeLabel() {
  const { t, i18n } = useTranslation();
  return (type: string) => (i18n.exists(`requests.type.${type}`) ? t(`requests.type.${type}` as 'requests.type.KIT') : type);
}
