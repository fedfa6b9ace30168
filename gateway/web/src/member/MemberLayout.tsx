import { AppShell, Container, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { AuthControls } from '../shared/auth/AuthControls';
import { LanguageSwitch } from '../shared/i18n/LanguageSwitch';
import { Brand } from '../shared/layout/Brand';
import { SkipLink } from '../shared/layout/SkipLink';
import { useDocumentTitle } from '../shared/layout/useDocumentTitle';
import classes from './MemberLayout.module.css';
import { UnreadBadge as InquiryBadge } from './inquiries/UnreadBadge';
import { memberNavigation } from './navigation';
import { UnreadBadge as NotificationBadge } from './notifications/UnreadBadge';

/**
 * Phone-first shell: header with brand, language switch and login/logout; a bottom tab bar on
 * narrow screens, the same links in the header from the `md` breakpoint up.
 */
export function MemberLayout() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.memberDocumentTitle'));
  return (
    <AppShell header={{ height: 60 }} footer={{ height: { base: 64, md: 0 } }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Brand />
            <Group component="nav" aria-label={t('nav.label')} gap={4} visibleFrom="md" wrap="nowrap" className={classes.topNav}>
              {memberNavigation.map((entry) => (
                <NavLink key={entry.key} to={entry.to} end={entry.to === '/'} className={classes.topLink}>
                  {t(`nav.${entry.key}`)}
                  {entry.key === 'notification' && <NotificationBadge />}
                  {entry.key === 'inquiry' && <InquiryBadge />}
                </NavLink>
              ))}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <AuthControls />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="md" px={0} py="sm">
          <Outlet />
        </Container>
      </AppShell.Main>

      <AppShell.Footer hiddenFrom="md">
        <nav aria-label={t('nav.label')} className={classes.bottomNav}>
          {memberNavigation
            .filter((entry) => entry.bottom)
            .map((entry) => (
              <UnstyledButton key={entry.key} component={NavLink} to={entry.to} end={entry.to === '/'} className={classes.bottomLink}>
                <entry.icon size={24} stroke={1.6} aria-hidden />
                <span>{t(`nav.${entry.bottomKey ?? entry.key}`)}</span>
                {entry.key === 'notification' && <NotificationBadge compact />}
              </UnstyledButton>
            ))}
        </nav>
      </AppShell.Footer>
    </AppShell>
  );
}
