import { Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { QueryProblem } from '../../shared/components/QueryProblem';
import {
  type MemberRecord,
  OWN_RECORD_QUERY_KEY,
  type OwnRecord,
  type PayoutAccountInput,
  type ProfileInput,
  savePayoutAccount,
  saveProfile,
  useOwnRecord,
} from './api';
import { ActionBlocked } from '../accountstatus/ActionBlocked';
import { actionAllowed } from '../accountstatus/policy';
import { WithdrawMembership } from '../accountstatus/WithdrawMembership';
import { DownloadMyData } from '../privacy/DownloadMyData';
import { PendingChanges } from '../changerequest/PendingChanges';
import { Completeness, StatusBadge } from './Completeness';
import { DocumentsLink } from '../documents/DocumentsLink';
import type { Verification } from '../documents/api';
import { ConflictAlert } from './parts';
import { PayoutAccountSection } from './PayoutAccountSection';
import { ProfileForm } from './ProfileForm';

/** Staff have no member record: member-service answers 403. */
function NoMemberRecord() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" data-testid="profile-forbidden">
      <Stack gap="sm" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="gray" radius="xl" size="lg" aria-hidden>
            <IconLock size={20} />
          </ThemeIcon>
          <Title order={2} size="h3">
            {t('profile.forbidden.title')}
          </Title>
        </Group>
        <Text>{t('profile.forbidden.text')}</Text>
        <Button component="a" href="/admin/" variant="light">
          {t('profile.forbidden.toAdmin')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * Edits of the record as read: both forms save against the version this editor last saw (its own
 * saves move it on; background refetches do not), so a change made elsewhere meanwhile is answered
 * with 409 instead of being overwritten.
 */
function ProfileEditor({ initial, onReload }: { initial: OwnRecord; onReload: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [own, setOwn] = useState<OwnRecord>(initial);
  const [conflict, setConflict] = useState<'profile' | 'payout' | null>(null);

  const saved = useCallback(
    (result: OwnRecord): MemberRecord => {
      setOwn(result);
      queryClient.setQueryData(OWN_RECORD_QUERY_KEY, result);
      return result.member;
    },
    [queryClient],
  );
  const onSaveProfile = async (input: ProfileInput) => saved(await saveProfile(own.etag, input));
  const onSavePayout = async (input: PayoutAccountInput) => saved(await savePayoutAccount(own.etag, input));
  const alert = <ConflictAlert onReload={onReload} />;
  const record = own.member;
  const withdrawn = (id: string) =>
    setOwn((current) => ({
      ...current,
      member: { ...current.member, pendingChangeRequests: (current.member.pendingChangeRequests ?? []).filter((request) => request.id !== id) },
    }));
  const profileBlocked = !actionAllowed(record, 'EDIT_PROFILE').allowed;
  const payoutBlocked = !actionAllowed(record, 'EDIT_PAYOUT_ACCOUNT').allowed;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Text size="sm" c="dimmed">
            {t('profile.status.label')}
          </Text>
          <StatusBadge status={record.status} />
        </Group>
        {record.status === 'PROVISIONAL' && (
          <Text size="sm" c="dimmed">
            {t('profile.status.provisionalHint')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('profile.email')}:{' '}
          <Text span c="var(--mantine-color-text)" data-testid="profile-email" style={{ overflowWrap: 'anywhere' }}>
            {record.email}
          </Text>
        </Text>
      </Stack>
      <Completeness record={record} />
      <PendingChanges record={record} onWithdrawn={withdrawn} />
      <ActionBlocked record={record} action="EDIT_PROFILE" />
      <DocumentsLink verification={(record as { verification?: Verification }).verification} />
      <ProfileForm
        record={record}
        onSave={onSaveProfile}
        onConflict={() => setConflict('profile')}
        conflictAlert={conflict === 'profile' ? alert : null}
        blocked={conflict !== null || profileBlocked}
      />
      <ActionBlocked record={record} action="EDIT_PAYOUT_ACCOUNT" />
      <PayoutAccountSection
        record={record}
        onSave={onSavePayout}
        onConflict={() => setConflict('payout')}
        conflictAlert={conflict === 'payout' ? alert : null}
        blocked={conflict !== null || payoutBlocked}
      />
      <DownloadMyData />
      <WithdrawMembership record={record} onWithdrawn={(result) => saved(result)} />
    </Stack>
  );
}

/** `/profile`: プロフィール・振込先, the member's own record (member-service's `/api/members/me`). */
export function ProfilePage() {
  const { t } = useTranslation();
  const query = useOwnRecord();
  // Bumped after "load the latest version": the editor starts over from what was loaded.
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(async () => {
    const result = await query.refetch();
    if (!result.data || result.isError) return false;
    setGeneration((value) => value + 1);
    return true;
  }, [query]);

  // Edits start from what this visit read, never from a cached copy that another tab may have outdated.
  const [openedAt] = useState(() => Date.now());
  const fresh = query.data !== undefined && query.dataUpdatedAt >= openedAt;

  let content: ReactNode;
  if (query.isError && !fresh) {
    content =
      isApiError(query.error) && query.error.status === 403 ? (
        <NoMemberRecord />
      ) : (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      );
  } else if (!fresh) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else {
    content = <ProfileEditor key={generation} initial={query.data!} onReload={reload} />;
  }

  const forbidden = isApiError(query.error) && query.error.status === 403 && !fresh;
  return (
    <Stack gap="md" maw={760} data-testid="profile-page">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('profile.title')}
        </Title>
        {!forbidden && <Text c="dimmed">{t('profile.intro')}</Text>}
      </Stack>
      {content}
    </Stack>
  );
}
