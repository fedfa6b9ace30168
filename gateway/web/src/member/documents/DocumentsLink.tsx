import { Button, Group, Paper, Text } from '@mantine/core';
import { IconIdBadge2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Verification } from './api';

/** On the profile page: where identity verification stands, and the way to the documents page. */
export function DocumentsLink({ verification }: { verification?: Verification | null }) {
  const { t } = useTranslation();
  const state = verification?.state ?? 'NOT_SUBMITTED';
  return (
    <Paper withBorder radius="md" p="md" data-testid="documents-link">
      <Group justify="space-between" gap="sm">
        <Text>
          {t('documents.title')}: {t(`verification.state.${state}`)}
        </Text>
        <Button component={Link} to="/documents" variant="light" leftSection={<IconIdBadge2 size={18} />}>
          {t('nav.documents')}
        </Button>
      </Group>
    </Paper>
  );
}
