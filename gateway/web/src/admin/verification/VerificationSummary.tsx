import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useVerificationReview } from './api';
import { VerificationStateBadge } from './VerificationStateBadge';

/**
 * A member's identity verification at a glance, for the member detail page: the state, who decided
 * and why, how many documents and mismatches, and the way to the review screen. Shows no images.
 */
export function VerificationSummary({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const query = useVerificationReview(memberId);
  return (
    <Paper withBorder radius="md" p="md" data-testid="verification-summary">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('verification.summary.title')}
        </Title>
        {query.isError ? (
          <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
        ) : query.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : (
          <>
            <Group gap="sm">
              <VerificationStateBadge state={query.data.review.verification.state} />
              <Text size="sm">{t('verification.summary.documents', { count: query.data.review.documents.length })}</Text>
              {query.data.review.mismatches.length > 0 && (
                <Text size="sm" c="orange" fw={700}>
                  {t('verification.summary.mismatches', { count: query.data.review.mismatches.length })}
                </Text>
              )}
            </Group>
            {query.data.review.verification.decidedAt && (
              <Text size="sm" c="dimmed">
                {t('verification.review.decidedBy', {
                  at: new Date(query.data.review.verification.decidedAt).toLocaleString(),
                  by: query.data.review.verification.decidedBy ?? '',
                })}
                {query.data.review.verification.reason && ` — ${query.data.review.verification.reason}`}
              </Text>
            )}
            <Anchor component={Link} to={`/verifications/${encodeURIComponent(memberId)}`} size="sm">
              {t('verification.summary.openReview')}
            </Anchor>
          </>
        )}
      </Stack>
    </Paper>
  );
}
