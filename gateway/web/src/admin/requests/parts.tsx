import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconMailOff, IconPackageExport, IconPlayerPause, IconUserQuestion } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionKind, RequestView, StatusColor, Translated } from './api';

/** Picks the text of the current language from a `{ja, en}` pair (Japanese when English is missing). */
export function useLocalized() {
  const { i18n } = useTranslation();
  return useCallback(
    (text: Translated | null | undefined, fallback = '') => {
      if (!text) return fallback;
      return (i18n.language === 'en' ? text.en || text.ja : text.ja || text.en) || fallback;
    },
    [i18n.language],
  );
}

function locale(language: string) {
  return language === 'en' ? 'en-GB' : 'ja-JP';
}

/** `2026/11/20 10:00` in the page's language. */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "3 days ago" / "in 2 hours", in the page's language. */
export function formatRelative(iso: string | null | undefined, language: string, now = Date.now()): string {
  if (!iso) return '';
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const minutes = Math.round((then - now) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

/** A request status in the colours admins chose for it. */
export function RequestStatusBadge({
  status,
  size = 'md',
}: {
  status: { code: string; name?: Translated | null; color?: StatusColor | null; retired?: boolean };
  size?: 'sm' | 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const name = localized(status.name, status.code);
  return (
    <Badge
      size={size}
      radius="sm"
      tt="none"
      styles={{ root: { backgroundColor: status.color?.background ?? '#e9ecef', color: status.color?.text ?? '#212529' } }}
      data-testid="request-status"
      data-status={status.code}
    >
      {status.retired ? t('adminRequests.status.retiredName', { name }) : name}
    </Badge>
  );
}

const ATTENTION_STYLE: Record<AttentionKind, { color: string; icon: typeof IconAlertTriangle }> = {
  OVERDUE: { color: 'red', icon: IconClockExclamation },
  KIT_NOT_RETURNED: { color: 'red', icon: IconPackageExport },
  MAIL_FAILED: { color: 'red', icon: IconMailOff },
  UNVERIFIED_MEMBER_ITEMS: { color: 'orange', icon: IconUserQuestion },
};

/** The colour of an attention kind: red for what is late or broken, orange for the unverified member. */
export function attentionColor(kind: AttentionKind): string {
  return ATTENTION_STYLE[kind]?.color ?? 'red';
}

export function AttentionBadge({ kind, size = 'md' }: { kind: AttentionKind; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const style = ATTENTION_STYLE[kind] ?? { color: 'red', icon: IconAlertTriangle };
  const Icon = style.icon;
  return (
    <Badge size={size} color={style.color} variant="filled" radius="sm" tt="none" leftSection={<Icon size={12} aria-hidden />} data-testid={`attention-${kind}`}>
      {t(`adminRequests.attention.${kind}`, { defaultValue: kind })}
    </Badge>
  );
}

export function HoldBadge({ hold, size = 'md', withNote = false }: { hold: NonNullable<RequestView['hold']>; size?: 'sm' | 'md' | 'lg' | 'xl'; withNote?: boolean }) {
  const { t } = useTranslation();
  const badge = (
    <Badge size={size} color="yellow.5" c="dark.9" variant="filled" radius="sm" tt="none" leftSection={<IconPlayerPause size={12} aria-hidden />} data-testid="hold-badge">
      {t('adminRequests.hold.badge')}
    </Badge>
  );
  if (!withNote) {
    return (
      <Tooltip label={hold.note} withArrow multiline maw={280}>
        {badge}
      </Tooltip>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      {badge}
      <Text size="xs" fw={600} c="yellow.9" data-testid="hold-note" style={{ overflowWrap: 'anywhere' }}>
        {hold.note}
      </Text>
    </Stack>
  );
}

/** Everything about a request that must not be missed: its attention kinds and its hold. */
export function RequestFlags({ request, size = 'sm', holdNote = true }: { request: RequestView; size?: 'sm' | 'md' | 'lg'; holdNote?: boolean }) {
  if (request.attention.length === 0 && !request.hold) return null;
  return (
    <Group gap={4} data-testid="request-flags">
      {request.attention.map((kind) => (
        <AttentionBadge key={kind} kind={kind} size={size} />
      ))}
      {request.hold && <HoldBadge hold={request.hold} size={size} withNote={holdNote} />}
    </Group>
  );
}
