import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useChangeRequests } from './api';
import { ChangeRequestCard } from './ChangeRequestCard';

/** One member's change requests, newest first, for the member detail page (pending ones decidable). */
export function MemberChangeRequests({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const query = useChangeRequests({ memberId, size: 50 });
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.data.content.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="member-change-requests-empty">
        {t('changeRequest.admin.memberEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="member-change-requests">
      {query.data.content.map((request) => (
        <ChangeRequestCard key={request.id} request={request} showMember={false} />
      ))}
    </Stack>
  );
}
