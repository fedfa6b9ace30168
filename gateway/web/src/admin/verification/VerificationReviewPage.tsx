import { Alert, Anchor, Button, Center, Grid, Group, List, Loader, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError, problemOf } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { decide, type Mismatch, reviewQueryKey, type ReviewWithEtag, useVerificationReview, type VerificationReview } from './api';
import { DocumentViewer } from './DocumentViewer';
import { VerificationStateBadge } from './VerificationStateBadge';

/** The role that may decide (granted in Keycloak). */
export const KYC_VERIFIER = 'kyc-verifier';

/** Which profile row a mismatch concerns, so that the row can be highlighted. */
function rowsOf(mismatch: Mismatch): string[] {
  if (mismatch.code === 'holderKana.differs') return ['kana', 'holderKana'];
  const field = mismatch.field ?? '';
  if (field === 'familyName' || field === 'givenName') return ['name'];
  if (field.endsWith('NameKana')) return ['kana'];
  if (field.startsWith('address.')) return ['address'];
  if (field === 'payoutAccount') return ['holderKana'];
  if (field === 'birthDate' || field === 'phone' || field === 'email') return [field];
  return [];
}

export function useMismatchText() {
  const { t } = useTranslation();
  return (mismatch: Mismatch) => {
    const key = `verification.mismatch.${mismatch.code}`;
    const field = mismatch.code.startsWith('documents.') && mismatch.field ? t(`documents.kind.${mismatch.field as 'OTHER'}`) : (mismatch.field ?? '');
    return t(key as 'verification.mismatch.field.missing', { field, expected: mismatch.expected ?? '', actual: mismatch.actual ?? '', defaultValue: mismatch.code });
  };
}

function ProfileTable({ review }: { review: VerificationReview }) {
  const { t } = useTranslation();
  const flagged = new Set(review.mismatches.flatMap(rowsOf));
  const { profile, payoutAccount } = review;
  const missing = t('verification.review.missingValue');
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ') || missing;
  const address = profile.address;
  const rows: [string, string, string][] = [
    ['name', t('verification.review.name'), join(profile.familyName, profile.givenName)],
    ['kana', t('verification.review.kana'), join(profile.familyNameKana, profile.givenNameKana)],
    ['birthDate', t('verification.review.birthDate'), profile.birthDate ?? missing],
    ['address', t('verification.review.address'), join(address.postalCode && `〒${address.postalCode}`, address.prefecture, address.city, address.line1, address.line2)],
    ['phone', t('verification.review.phone'), profile.phone ?? missing],
    ['holderKana', t('verification.review.holderKana'), payoutAccount?.holderKana ?? missing],
    ['bank', t('verification.review.bank'), payoutAccount ? join(payoutAccount.bankName, payoutAccount.branchName) : missing],
    [
      'email',
      t('verification.review.email'),
      `${review.email} (${review.emailConfirmed ? t('verification.review.emailConfirmed') : t('verification.review.emailUnconfirmed')})`,
    ],
  ];
  return (
    <Table withRowBorders data-testid="review-profile">
      <Table.Tbody>
        {rows.map(([key, label, value]) => (
          <Table.Tr key={key} data-row={key} data-flagged={flagged.has(key) || undefined} bg={flagged.has(key) ? 'var(--mantine-color-orange-light)' : undefined}>
            <Table.Th w={180}>
              <Group gap={4} wrap="nowrap">
                {flagged.has(key) && <IconAlertTriangle size={16} color="var(--mantine-color-orange-filled)" aria-hidden />}
                {label}
              </Group>
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DecisionPanel({ current, onDecided, onReload }: { current: ReviewWithEtag; onDecided: (next: ReviewWithEtag) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const send = async (decision: 'VERIFIED' | 'REJECTED') => {
    if (decision === 'REJECTED' && reason.trim() === '') {
      setReasonError(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDecided(await decide(current.review.memberId, current.etag, decision, decision === 'REJECTED' ? reason.trim() : undefined));
      setDone(true);
      setRejecting(false);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  if (current.review.verification.state !== 'PENDING') {
    return done ? (
      <Alert color="teal" data-testid="decision-done">
        {t('verification.decision.done')}
      </Alert>
    ) : (
      <Text c="dimmed">{t('verification.decision.notPending')}</Text>
    );
  }
  const conflict = isApiError(error) && error.status === 409;
  return (
    <Stack gap="sm" data-testid="decision-panel">
      {conflict ? (
        <Alert color="orange" data-testid="decision-conflict">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('verification.decision.conflict')}</Text>
            <Button size="xs" variant="light" onClick={onReload}>
              {t('verification.decision.reload')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        error !== null && <ProblemDetails problem={problemOf(error)} />
      )}
      {rejecting ? (
        <Stack gap="xs">
          <Textarea
            label={t('verification.decision.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(false);
            }}
            error={reasonError ? t('verification.decision.reasonRequired') : undefined}
            minRows={3}
            maxLength={500}
            data-testid="reject-reason"
          />
          <Group>
            <Button color="red" loading={busy} onClick={() => void send('REJECTED')}>
              {t('verification.decision.confirmReject')}
            </Button>
            <Button variant="default" disabled={busy} onClick={() => setRejecting(false)}>
              {t('verification.decision.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button color="teal" loading={busy} disabled={conflict} onClick={() => void send('VERIFIED')}>
            {t('verification.decision.verify')}
          </Button>
          <Button color="red" variant="light" disabled={busy || conflict} onClick={() => setRejecting(true)}>
            {t('verification.decision.reject')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** `/admin/verifications/:memberId`: the documents beside the profile, the mismatches, and the decision. */
export function VerificationReviewPage() {
  const { t } = useTranslation();
  const { memberId = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useVerificationReview(memberId);
  const me = useMe();
  const mismatchText = useMismatchText();
  const canDecide = !!me.data?.roles.includes(KYC_VERIFIER);

  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  const { review } = query.data;
  const name = [review.profile.familyName, review.profile.givenName].filter(Boolean).join(' ') || review.email;
  const { verification } = review;

  return (
    <Stack gap="md" data-testid="verification-review-page">
      <Anchor component={Link} to="/verifications" size="sm">
        {t('verification.review.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          {t('verification.review.title', { name })}
        </Title>
        <VerificationStateBadge state={verification.state} />
      </Group>
      {verification.decidedAt && (
        <Text size="sm" c="dimmed">
          {t('verification.review.decidedBy', { at: new Date(verification.decidedAt).toLocaleString(), by: verification.decidedBy ?? '' })}
          {verification.reason && ` — ${verification.reason}`}
        </Text>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('verification.review.documents')}
            </Title>
            {review.documents.length === 0 ? (
              <Text c="dimmed">{t('verification.review.noDocuments')}</Text>
            ) : (
              review.documents.map((document) => <DocumentViewer key={document.id} memberId={review.memberId} document={document} />)
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="sm">
              <Title order={2} size="h4" mb="xs">
                {t('verification.review.profile')}
              </Title>
              <ProfileTable review={review} />
            </Paper>
            <Paper withBorder radius="md" p="sm" data-testid="review-mismatches">
              <Title order={2} size="h4" mb="xs">
                {t('verification.review.mismatches')}
              </Title>
              {review.mismatches.length === 0 ? (
                <Text c="dimmed">{t('verification.review.noMismatches')}</Text>
              ) : (
                <List spacing={4} icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-filled)" />}>
                  {review.mismatches.map((mismatch, index) => (
                    <List.Item key={index} data-code={mismatch.code}>
                      {mismatchText(mismatch)}
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
            <Paper withBorder radius="md" p="sm">
              <Title order={2} size="h4" mb="xs">
                {t('verification.decision.title')}
              </Title>
              {canDecide ? (
                <DecisionPanel
                  current={query.data}
                  onDecided={(next) => queryClient.setQueryData(reviewQueryKey(memberId), next)}
                  onReload={() => void query.refetch()}
                />
              ) : (
                <Alert color="gray" data-testid="decision-read-only">
                  {t('verification.decision.readOnly')}
                </Alert>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
