import { ActionIcon, Button, Code, CopyButton, Group, List, Paper, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../api/problem';

/** Statuses for which the UI has its own wording (title and hint) in both languages. */
const KNOWN_STATUSES = ['0', '400', '401', '403', '404', '409', '429', '500', '502', '503', '504'] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];

function knownStatus(status: number | undefined): KnownStatus | undefined {
  const key = String(status ?? '');
  return (KNOWN_STATUSES as readonly string[]).includes(key) ? (key as KnownStatus) : undefined;
}

export interface ProblemDetailsProps {
  problem: ProblemDetail;
  /** Offers a "try again" button. */
  onRetry?: () => void;
  /** Further actions (e.g. a login button or a link home). */
  actions?: ReactNode;
}

/**
 * Renders an RFC 9457 problem detail: a heading in the user's language for well-known statuses,
 * the server's title, detail and status, field errors as a list, and the correlation id to quote
 * when contacting the shop.
 */
export function ProblemDetails({ problem, onRetry, actions }: ProblemDetailsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const known = knownStatus(problem.status);
  const heading = known ? t(`problem.title.${known}`) : (problem.title ?? t('problem.fallbackTitle'));
  const fieldErrors = problem.errors?.filter((error) => error && (error.field || error.message)) ?? [];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId} data-testid="problem-details">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="red" variant="light" size="lg" radius="xl" aria-hidden>
            <IconAlertTriangle size={20} />
          </ThemeIcon>
          <Title order={2} size="h3" id={headingId}>
            {heading}
          </Title>
        </Group>
        {known && <Text>{t(`problem.hint.${known}`)}</Text>}
        {problem.detail && <Text data-testid="problem-detail">{problem.detail}</Text>}
        {(problem.status || problem.title) && (
          <Text size="sm" c="dimmed" data-testid="problem-status">
            {t('problem.statusLabel')}: {[problem.status || null, problem.title].filter(Boolean).join(' ')}
          </Text>
        )}
        {fieldErrors.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} id={`${headingId}-fields`}>
              {t('problem.fieldErrors')}
            </Text>
            <List aria-labelledby={`${headingId}-fields`} data-testid="problem-field-errors" spacing={4}>
              {fieldErrors.map((error, index) => (
                <List.Item key={`${error.field}-${index}`}>
                  {error.field && <Code mr={6}>{error.field}</Code>}
                  {error.message}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {problem.correlationId && (
          <Paper bg="gray.0" p="sm" radius="sm">
            <Text size="sm">{t('problem.correlationId')}</Text>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Code fz="sm" bg="transparent" style={{ wordBreak: 'break-all' }} data-testid="problem-correlation-id">
                {problem.correlationId}
              </Code>
              <CopyButton value={problem.correlationId}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('problem.copied') : t('problem.copy')} withArrow>
                    <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('problem.copied') : t('problem.copy')}>
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </Paper>
        )}
        {(onRetry || actions) && (
          <Group gap="sm">
            {onRetry && (
              <Button variant="light" onClick={onRetry}>
                {t('problem.retry')}
              </Button>
            )}
            {actions}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
