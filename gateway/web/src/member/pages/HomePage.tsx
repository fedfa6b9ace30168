import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell, IconGavel, IconId, IconMessageCircle, IconPackage, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoginButton } from '../../shared/auth/LoginButton';
import { useMe } from '../../shared/auth/me';
import { AccountStatusBanner } from '../home/AccountStatusBanner';
import { AuctionLink } from '../items/AuctionLink';
import { UnreadBadge } from '../inquiries/UnreadBadge';
import { useOwnRecord } from '../profile/api';

const sections = [
  { key: 'request', to: '/requests', icon: IconTruckDelivery, color: 'indigo', ready: true },
  { key: 'item', to: '/items', icon: IconPackage, color: 'teal', ready: true },
  { key: 'notification', to: '/notifications', icon: IconBell, color: 'orange', ready: false },
  { key: 'inquiry', to: '/inquiries', icon: IconMessageCircle, color: 'grape', ready: true },
] as const;

/** The profile card's badge: how many fields are still missing, once the record is known. */
function ProfileBadge({ missing }: { missing: number | undefined }) {
  const { t } = useTranslation();
  if (missing === undefined) return null;
  return missing > 0 ? (
    <Badge variant="light" color="orange" data-testid="home-profile-missing">
      {t('member.home.profileMissing', { count: missing })}
    </Badge>
  ) : (
    <Badge variant="light" color="teal" data-testid="home-profile-complete">
      {t('member.home.profileComplete')}
    </Badge>
  );
}

/** Member home: welcome, the kit request and auction site, and one card per part of the portal (placeholders for the later ones). */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const own = useOwnRecord({ enabled: !!me && me.roles.includes('member') });
  // A status set by staff (frozen, penalised, ...) blocks new requests: the banner says why instead.
  const canRequestKit = own.data?.member.status === 'PROVISIONAL' || own.data?.member.status === 'ACTIVE';
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
          <Group justify="space-between" gap="sm" mt="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-indigo-1)' }}>
            <Text>{t('signup.home.callToAction')}</Text>
            <Button component={Link} to="/signup" variant="white" data-testid="home-signup-button">
              {t('signup.home.button')}
            </Button>
          </Group>
          <Anchor component={Link} to="/contact" size="sm" mt="sm" display="inline-block" data-testid="home-contact-link">
            {t('memberInquiries.guestLink')}
          </Anchor>
        </Paper>
      )}

      {me && me.roles.includes('member') && (
        <>
          <AccountStatusBanner record={own.data?.member} />
          {canRequestKit && (
            <Paper withBorder radius="md" p="md" bg="indigo.0" data-testid="home-kit-request">
              <Group justify="space-between" gap="sm">
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon size="lg" radius="md" variant="light" color="indigo" aria-hidden>
                    <IconTruckDelivery size={20} />
                  </ThemeIcon>
                  <Text>{t('signup.home.kitText')}</Text>
                </Group>
                <Button component={Link} to="/requests/new" data-testid="home-kit-request-button">
                  {t('signup.home.kitButton')}
                </Button>
              </Group>
            </Paper>
          )}
          <Paper withBorder radius="md" p="md" data-testid="home-auction">
            <Group justify="space-between" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 14rem' }}>
                <ThemeIcon size="lg" radius="md" variant="light" color="teal" aria-hidden>
                  <IconGavel size={20} />
                </ThemeIcon>
                <Text>{t('items.auction.text')}</Text>
              </Group>
              <AuctionLink />
            </Group>
          </Paper>
        </>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card component={Link} to="/profile" withBorder radius="md" padding="lg" data-testid="home-card-profile">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size="lg" radius="md" variant="light" color="blue" aria-hidden>
                <IconId size={20} />
              </ThemeIcon>
              <Title order={2} size="h4">
                {t('profile.title')}
              </Title>
            </Group>
            <ProfileBadge missing={own.data?.member.missingFields.length} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('profile.description')}
          </Text>
        </Card>
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
                {section.key === 'inquiry' && <UnreadBadge size="sm" />}
              </Group>
              {!section.ready && (
                <Badge variant="light" color="gray">
                  {t('placeholder.comingSoon')}
                </Badge>
              )}
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
