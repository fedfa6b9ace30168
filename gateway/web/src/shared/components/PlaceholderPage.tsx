import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A section that exists in the navigation but is built in a later issue. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Badge variant="light" color="gray">
          {t('placeholder.comingSoon')}
        </Badge>
      </Group>
      <Text>{description}</Text>
      <Paper withBorder radius="md" p="xl" bg="gray.0">
        <Text c="dimmed" ta="center">
          {t('placeholder.text')}
        </Text>
      </Paper>
    </Stack>
  );
}
