import { Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemOf, type ProblemDetail } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useFormat } from '../format';
import { OWN_INQUIRIES_KEY, TEXT_MAX, UNREAD_KEY, useOwnInquiry, writeMessage } from './api';

/** One conversation with the shop: the member's messages and the shop's replies (opening it marks them read); writing back. */
export function InquiryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const inquiry = useOwnInquiry(id);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ProblemDetail | null>(null);

  // The GET marked the replies read: the list's markers and the navigation badge follow.
  const loaded = inquiry.isSuccess;
  useEffect(() => {
    if (!loaded) return;
    void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
    void queryClient.invalidateQueries({ queryKey: OWN_INQUIRIES_KEY, exact: true });
  }, [loaded, queryClient]);

  if (inquiry.isError) return <QueryProblem error={inquiry.error} onRetry={() => void inquiry.refetch()} />;
  if (!inquiry.data)
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  const data = inquiry.data;
  const send = async () => {
    if (!text.trim()) return;
    setSending(true);
    setProblem(null);
    try {
      await writeMessage(data.id, text.trim());
      setText('');
      await queryClient.invalidateQueries({ queryKey: OWN_INQUIRIES_KEY });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Stack gap="md" maw={760} data-testid="member-inquiry">
      <Anchor component={Link} to="/inquiries">
        {t('memberInquiries.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h3">
          {data.subject}
        </Title>
        <Badge variant="light" tt="none">
          {t(`memberInquiries.state.${data.state}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {data.number}
      </Text>
      <Stack gap="sm" data-testid="thread">
        {data.messages.map((message) => (
          <Paper
            key={message.id}
            withBorder
            radius="md"
            p="sm"
            maw="90%"
            bg={message.kind === 'REPLY' ? 'blue.0' : 'white'}
            style={{ alignSelf: message.kind === 'REPLY' ? 'flex-start' : 'flex-end' }}
            data-testid="thread-message"
            data-kind={message.kind}
          >
            <Text size="xs" fw={700} mb={4}>
              {message.kind === 'REPLY' ? t('memberInquiries.fromShop') : t('memberInquiries.fromYou')} · {format.dateTime(message.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.text}
            </Text>
          </Paper>
        ))}
      </Stack>
      <Textarea
        label={t('memberInquiries.writeBack')}
        resize="vertical"
        rows={3}
        maxLength={TEXT_MAX}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-testid="thread-text"
      />
      {problem && <ProblemDetails problem={problem} />}
      <Group justify="flex-end">
        <Button loading={sending} disabled={!text.trim()} onClick={() => void send()} data-testid="thread-send">
          {t('memberInquiries.send')}
        </Button>
      </Group>
    </Stack>
  );
}
