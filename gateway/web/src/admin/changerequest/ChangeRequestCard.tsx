import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError, problemOf, type ProblemDetail } from '../../shared/api/problem';
import { FieldChangeList } from '../../shared/components/FieldChangeList';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { ReasonDialog } from '../../shared/components/ReasonDialog';
import { approveChangeRequest, CHANGE_REQUESTS_QUERY_KEY, rejectChangeRequest, type StaffChangeRequest } from './api';

const STATE_COLORS = { PENDING: 'yellow', APPROVED: 'teal', REJECTED: 'red', WITHDRAWN: 'gray' } as const;

function formatDate(iso: string, language: string) {
  try {
    return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** Asks for the reason the member will read. */
function RejectDialog({ request, opened, onClose }: { request: StaffChangeRequest; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ReasonDialog
      opened={opened}
      title={t('changeRequest.admin.rejectTitle')}
      label={t('changeRequest.admin.rejectReason')}
      requiredMessage={t('changeRequest.admin.rejectReasonRequired')}
      cancelLabel={t('changeRequest.admin.cancel')}
      confirmLabel={t('changeRequest.admin.reject')}
      confirmColor="red"
      testIds={{ dialog: 'reject-dialog', input: 'reject-reason', confirm: 'reject-confirm' }}
      onClose={onClose}
      onConfirm={async (reason) => {
        await rejectChangeRequest(request.id, reason);
        onClose();
        await queryClient.invalidateQueries({ queryKey: CHANGE_REQUESTS_QUERY_KEY });
      }}
    />
  );
}

/** One change request: who, what (before → after per field), and for a pending one, the decision. */
export function ChangeRequestCard({ request, showMember = true }: { request: StaffChangeRequest; showMember?: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [approving, setApproving] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const approve = async () => {
    setApproving(true);
    setProblem(null);
    try {
      await approveChangeRequest(request.id);
      await queryClient.invalidateQueries({ queryKey: CHANGE_REQUESTS_QUERY_KEY });
    } catch (error) {
      setProblem(problemOf(error));
      // 409: decided by someone else meanwhile; show the list as it is now.
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: CHANGE_REQUESTS_QUERY_KEY });
    } finally {
      setApproving(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="change-request" data-id={request.id} data-state={request.state}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge color={STATE_COLORS[request.state]} variant="light" tt="none">
                {t(`changeRequest.state.${request.state}`)}
              </Badge>
              <Text fw={700}>{t(`changeRequest.kind.${request.kind}`)}</Text>
            </Group>
            {showMember && (
              <Text size="sm">
                {t('changeRequest.admin.member')}:{' '}
                <Anchor component={Link} to={`/members/${encodeURIComponent(request.memberId)}`} data-testid="change-request-member">
                  {request.memberName ?? request.memberId}
                </Anchor>
              </Text>
            )}
          </Stack>
          <Text size="sm" c="dimmed">
            {t('changeRequest.requestedAt', { date: formatDate(request.requestedAt, i18n.language) })}
          </Text>
        </Group>
        <FieldChangeList changes={request.changes} testId="change-request-fields" />
        {request.state === 'REJECTED' && request.rejectionReason && (
          <Text size="sm" c="red.8">
            {t('changeRequest.admin.reasonShown', { reason: request.rejectionReason })}
          </Text>
        )}
        {problem && <ProblemDetails problem={problem} />}
        {request.state === 'PENDING' && (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" color="red" onClick={() => setRejecting(true)} disabled={approving} data-testid="change-request-reject">
              {t('changeRequest.admin.reject')}
            </Button>
            <Button color="teal" loading={approving} onClick={() => void approve()} data-testid="change-request-approve">
              {t('changeRequest.admin.approve')}
            </Button>
          </Group>
        )}
      </Stack>
      {rejecting && <RejectDialog request={request} opened={rejecting} onClose={() => setRejecting(false)} />}
    </Paper>
  );
}
