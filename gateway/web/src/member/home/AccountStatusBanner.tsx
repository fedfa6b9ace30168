import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconInfoCircle, IconLock, IconUserOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { type MemberRecord, useOwnRecord } from '../profile/api';

/** What the banner reads of the member's record (`GET /api/members/me`, MemberView). */
export type AccountStatusRecord = Pick<MemberRecord, 'status' | 'missingFields'> & {
  /** Why staff froze, penalised or blacklisted the account, in words the member reads. */
  statusReason?: string | null;
};

const BLOCKING = {
  PENALIZED: { color: 'orange', icon: <IconAlertTriangle size={20} /> },
  FROZEN: { color: 'gray', icon: <IconLock size={20} /> },
  BLACKLISTED: { color: 'red', icon: <IconBan size={20} /> },
  WITHDRAWN: { color: 'gray', icon: <IconUserOff size={20} /> },
} as const satisfies Record<string, { color: string; icon: ReactNode }>;
type BlockingStatus = keyof typeof BLOCKING;

function isBlocking(status: string): status is BlockingStatus {
  return status in BLOCKING;
}

/** The banner for a known record; nothing when the status blocks nothing. */
export function AccountStatusNotice({ record }: { record: AccountStatusRecord }) {
  const { t } = useTranslation();
  const missing = record.missingFields?.length ?? 0;
  if (record.status === 'PROVISIONAL' && missing > 0) {
    return (
      <Alert
        color="yellow"
        variant="light"
        radius="md"
        icon={<IconInfoCircle size={20} />}
        title={t('signup.banner.PROVISIONAL.title')}
        data-testid="account-status-banner"
        data-status="PROVISIONAL"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('signup.banner.PROVISIONAL.text', { count: missing })}</Text>
          <Button component={Link} to="/profile" size="sm" color="yellow.8" data-testid="account-status-banner-profile">
            {t('signup.banner.PROVISIONAL.action')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!isBlocking(record.status)) return null;
  const { color, icon } = BLOCKING[record.status];
  const reason = record.statusReason?.trim();
  return (
    <Alert
      color={color}
      variant="light"
      radius="md"
      icon={icon}
      title={t(`signup.banner.${record.status}.title`)}
      role="alert"
      data-testid="account-status-banner"
      data-status={record.status}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`signup.banner.${record.status}.text`)}</Text>
        {reason && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text size="sm" fw={700} style={{ flex: 'none' }}>
              {t('signup.banner.reason')}
            </Text>
            <Text size="sm" data-testid="account-status-banner-reason" style={{ overflowWrap: 'anywhere' }}>
              {reason}
            </Text>
          </Group>
        )}
        {record.status !== 'WITHDRAWN' && (
          <Button component={Link} to="/inquiries" size="sm" variant="default">
            {t('signup.banner.contact')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * A plain-language notice where the member's account status blocks something: an unfinished profile
 * (仮会員 with fields missing) or a status set by staff (利用制限中, 一時停止中, ご利用停止, 退会済み)
 * with its reason. Pass the record when the page has it; otherwise the banner reads the signed-in
 * member's own record (the same cached query as the profile page) and shows nothing to visitors and
 * staff, or while the record cannot be read (the page itself reports that).
 */
export function AccountStatusBanner({ record }: { record?: AccountStatusRecord }) {
  const { data: me } = useMe();
  const own = useOwnRecord({ enabled: !record && !!me && me.roles.includes('member') });
  const shown = record ?? (own.data?.member as AccountStatusRecord | undefined);
  return shown ? <AccountStatusNotice record={shown} /> : null;
}
