import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiFetch } from '../../shared/api/client';
import { isApiError, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { useDocumentTitle } from '../../shared/layout/useDocumentTitle';

interface SurveyView {
  number: string | null;
  shopName: string;
  answered: boolean;
  score: number | null;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * `/survey/:token`: the one-question satisfaction survey mailed after an inquiry was closed. No
 * login: the link's token is the key; it can be answered once.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('survey.title'));
  const { token = '' } = useParams();
  const path = `/api/inquiries/survey/${encodeURIComponent(token)}`;
  const queryClient = useQueryClient();
  const survey = useQuery({ queryKey: ['survey', token], queryFn: () => apiFetch<SurveyView>(path) });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const answer = useMutation({
    mutationFn: () => apiFetch<SurveyView>(path, { method: 'POST', body: { score, comment: comment.trim() || null } }),
    onSuccess: (view) => queryClient.setQueryData(['survey', token], view),
  });

  if (survey.isError) {
    const status = isApiError(survey.error) ? survey.error.status : 0;
    if (status === 404 || status === 410) {
      return (
        <Alert color="gray" data-testid="survey-gone">
          {t(status === 404 ? 'survey.notFound' : 'survey.expired')}
        </Alert>
      );
    }
    return <QueryProblem error={survey.error} onRetry={() => survey.refetch()} />;
  }
  if (!survey.data) return null;
  if (survey.data.answered) {
    return (
      <Paper withBorder p="lg" radius="md" data-testid="survey-thanks">
        <Group gap="sm">
          <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={1} size="h3">
            {t('survey.thanks')}
          </Title>
        </Group>
      </Paper>
    );
  }
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('survey.title')}
      </Title>
      <Text>{t('survey.question', { shop: survey.data.shopName, number: survey.data.number ?? '' })}</Text>
      <Group gap="xs" role="radiogroup" aria-label={t('survey.scoreLabel')} grow>
        {SCORES.map((value) => (
          <Button
            key={value}
            role="radio"
            aria-checked={score === value}
            variant={score === value ? 'filled' : 'default'}
            onClick={() => setScore(value)}
            data-testid={`survey-score-${value}`}
          >
            <Stack gap={0} align="center">
              <Text fw={700}>{value}</Text>
              <Text size="xs">{t(`survey.score.${value}`)}</Text>
            </Stack>
          </Button>
        ))}
      </Group>
      <Textarea
        label={t('survey.comment')}
        maxLength={2000}
        rows={4}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
      {answer.isError && <ProblemDetails problem={problemOf(answer.error)} />}
      <Button onClick={() => answer.mutate()} disabled={score === null} loading={answer.isPending} data-testid="survey-submit">
        {t('survey.submit')}
      </Button>
    </Stack>
  );
}
