import { Anchor, Button, Center, Group, Loader, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconMailQuestion, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { currentLanguage } from '../../shared/i18n';
import { fetchUnconfirmed, type MemberSummary, resendConfirmationMail, UNCONFIRMED_QUERY_KEY } from './api';

/** `09012345678` -> `090-1234-5678`, `0312345678` -> `03-1234-5678`; anything else as it is. */
export function formatPhone(digits: string): string {
  if (/^0[5789]0\d{8}$/.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  if (/^0[36]\d{8}$/.test(digits)) return `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6)}`;
  if (/^0\d{9}$/.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return digits;
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

type ResendState = { state: 'sending' } | { state: 'sent' } | { state: 'failed'; reason: string };

/** The resend button of one row and what came of it. */
function ResendAction({ member }: { member: MemberSummary }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ResendState | null>(null);
  const resend = async () => {
    setResult({ state: 'sending' });
    try {
      await resendConfirmationMail(member.id);
      setResult({ state: 'sent' });
    } catch (error) {
      const status = isApiError(error) ? error.status : undefined;
      const known = [0, 401, 403, 404, 409, 429, 500, 502, 503, 504].includes(status ?? -1);
      const reason = known ? t(`problem.title.${status}` as 'problem.title.429') : isApiError(error) ? (error.problem.detail ?? error.message) : String(error);
      setResult({ state: 'failed', reason });
    }
  };
  const name = [member.familyName, member.givenName].filter(Boolean).join(' ') || member.email;
  return (
    <Stack gap={4} align="flex-start">
      {result?.state === 'sent' ? (
        <Group gap={4} wrap="nowrap" role="status" data-testid={`resent-${member.id}`}>
          <ThemeIcon color="teal" variant="light" radius="xl" size="sm" aria-hidden>
            <IconCheck size={14} />
          </ThemeIcon>
          <Text size="sm" c="teal.9" fw={600}>
            {t('signup.unconfirmed.resent')}
          </Text>
        </Group>
      ) : (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconSend size={14} aria-hidden />}
          loading={result?.state === 'sending'}
          onClick={() => void resend()}
          aria-label={`${t('signup.unconfirmed.resend')}: ${name}`}
          data-testid={`resend-${member.id}`}
        >
          {t('signup.unconfirmed.resend')}
        </Button>
      )}
      {result?.state === 'failed' && (
        <Text size="xs" c="red.8" role="alert" data-testid={`resend-failed-${member.id}`}>
          {t('signup.unconfirmed.resendFailed')}: {result.reason}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Front page panel: the newest members who have not opened their confirmation link yet, with a phone
 * link so staff can call and a way to mail the link again.
 */
export function UnconfirmedPanel() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: UNCONFIRMED_QUERY_KEY, queryFn: fetchUnconfirmed });

  let content;
  if (query.isPending) {
    content = (
      <Center py="md">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  } else if (query.isError) {
    content = <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.content.length === 0) {
    content = (
      <Text size="sm" c="dimmed" data-testid="unconfirmed-empty">
        {t('signup.unconfirmed.empty')}
      </Text>
    );
  } else {
    const rest = query.data.page.totalElements - query.data.content.length;
    content = (
      <Stack gap="xs">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped highlightOnHover data-testid="unconfirmed-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('signup.unconfirmed.name')}</Table.Th>
                <Table.Th>{t('signup.unconfirmed.phone')}</Table.Th>
                <Table.Th>{t('signup.unconfirmed.email')}</Table.Th>
                <Table.Th>{t('signup.unconfirmed.createdAt')}</Table.Th>
                <Table.Th>{t('signup.unconfirmed.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.content.map((member) => {
                const name = [member.familyName, member.givenName].filter(Boolean).join(' ');
                const kana = [member.familyNameKana, member.givenNameKana].filter(Boolean).join(' ');
                return (
                  <Table.Tr key={member.id} data-testid={`unconfirmed-${member.id}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/members/${encodeURIComponent(member.id)}`} fw={600}>
                        {name || kana || t('signup.unconfirmed.noName')}
                      </Anchor>
                      {name && kana && (
                        <Text size="xs" c="dimmed">
                          {kana}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {member.phone ? (
                        <Anchor href={`tel:${member.phone}`} data-testid={`phone-${member.id}`} style={{ whiteSpace: 'nowrap' }}>
                          {formatPhone(member.phone)}
                        </Anchor>
                      ) : (
                        t('signup.unconfirmed.noPhone')
                      )}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{member.email}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={member.createdAt}>{formatWhen(member.createdAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <ResendAction member={member} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rest > 0 && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('signup.unconfirmed.more', { count: rest })}
            </Text>
            <Anchor component={Link} to="/members?emailConfirmed=false" size="sm">
              {t('signup.unconfirmed.showAll')}
            </Anchor>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="front-unconfirmed" data-testid="front-unconfirmed">
      <Group gap="sm" mb={4}>
        <ThemeIcon color="orange" variant="light" radius="md" aria-hidden>
          <IconMailQuestion size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="front-unconfirmed">
          {t('signup.unconfirmed.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('signup.unconfirmed.intro')}
      </Text>
      {content}
    </Paper>
  );
}
