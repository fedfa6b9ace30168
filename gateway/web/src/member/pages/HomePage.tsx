import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell, IconMessageCircle, IconPackage, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoginButton } from '../../shared/auth/LoginButton';
import { useMe } from '../../shared/auth/me';

const sections = [
  { key: 'request', to: '/requests', icon: IconTruckDelivery, color: 'indigo' },
  { key: 'item', to: '/items', icon: IconPackage, color: 'teal' },
  { key: 'notification', to: '/notifications', icon: IconBell, color: 'orange' },
  { key: 'inquiry', to: '/inquiries', icon: IconMessageCircle, color: 'grape' },
] as const;

/** Member home: welcome and one card per part of the portal (placeholders for now). */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {me ? t('member.home.welcome', { name: me.name }) : t('member.home.welcomeGuest')}
        </Title>
        <Text c="dimmed">{t('member.home.intro')}</Text>
      </Stack>

      {!isPending && !me && (
        <Paper withBorder radius="md" p="md" bg="indigo.0">
          <Group justify="space-between" gap="sm">
            <Text>{t('member.home.loginCallToAction')}</Text>
            <LoginButton testId="home-login-button" />
          </Group>
        </Paper>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {sections.map((section) => (
          <Card key={section.key} component={Link} to={section.to} withBorder radius="md" padding="lg" data-testid={`home-card-${section.key}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon size="lg" radius="md" variant="light" color={section.color} aria-hidden>
                  <section.icon size={20} />
                </ThemeIcon>
                <Title order={2} size="h4">
                  {t(`${section.key}.title`)}
                </Title>
              </Group>
              <Badge variant="light" color="gray">
                {t('placeholder.comingSoon')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t(`${section.key}.description`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
