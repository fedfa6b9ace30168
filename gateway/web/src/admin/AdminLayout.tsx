import { AppShell, Burger, Center, Group, Loader, NavLink as MantineNavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { AuthControls } from '../shared/auth/AuthControls';
import { LoginPrompt } from '../shared/auth/LoginPrompt';
import { isStaff, useMe } from '../shared/auth/me';
import { QueryProblem } from '../shared/components/QueryProblem';
import { LanguageSwitch } from '../shared/i18n/LanguageSwitch';
import { Brand } from '../shared/layout/Brand';
import { SkipLink } from '../shared/layout/SkipLink';
import { useDocumentTitle } from '../shared/layout/useDocumentTitle';
import { InquiryNavBadge } from './inquiries/InquiryNavBadge';
import { PhoneMemoButton } from './inquiries/PhoneMemoDialog';
import { adminNavigation } from './navigation';
import { StaffOnlyPage } from './pages/StaffOnlyPage';

/**
 * Desktop-first console shell with a sidebar. Only `staff` and `admin` get past the gate: a
 * visitor who is not logged in is asked to log in, a logged-in member sees the staff-only page.
 */
export function AdminLayout() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.adminDocumentTitle'));
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMe();
  const staff = isStaff(me);

  useEffect(close, [location.pathname, close]);

  let content;
  if (isPending) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (error) {
    content = <QueryProblem error={error} onRetry={() => void refetch()} />;
  } else if (!me) {
    content = <LoginPrompt text={t('auth.staffLoginRequiredText')} />;
  } else if (!staff) {
    content = <StaffOnlyPage name={me.name} />;
  } else {
    content = <Outlet />;
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: !staff } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {staff && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
              />
            )}
            <Brand suffix={t('app.adminName')} compact />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {staff && <PhoneMemoButton />}
            <LanguageSwitch />
            <AuthControls />
          </Group>
        </Group>
      </AppShell.Header>

      {staff && (
        <AppShell.Navbar p="xs" aria-label={t('admin.nav.label')}>
          <AppShell.Section grow component={ScrollArea}>
            {adminNavigation.map((entry) => (
              <MantineNavLink
                key={entry.key}
                component={NavLink}
                to={entry.to}
                end={entry.to === '/'}
                label={t(`admin.nav.${entry.key}`)}
                leftSection={<entry.icon size={18} stroke={1.6} aria-hidden />}
                rightSection={entry.key === 'inquiry' ? <InquiryNavBadge /> : undefined}
                active={entry.to === currentSection(location.pathname)}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </AppShell.Section>
        </AppShell.Navbar>
      )}

      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        {content}
      </AppShell.Main>
    </AppShell>
  );
}

/** Whether `pathname` is the section `to` or a page below it (`/members/1` is in `/members`, not in `/me`). */
function isWithin(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The navigation entry a page belongs to: the most specific one (`/members/import` over `/members`). */
export function currentSection(pathname: string): string | undefined {
  return adminNavigation
    .map((entry) => entry.to)
    .filter((to) => isWithin(pathname, to))
    .sort((a, b) => b.length - a.length)[0];
}
