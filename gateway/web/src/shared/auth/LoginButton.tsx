import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHref, useLocation } from 'react-router';
import { loginUrl } from './me';

/** A full-page navigation to the gateway's `/login`, coming back to the current page. */
export function LoginButton({ testId = 'login-button', ...props }: ButtonProps & { testId?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search, hash: location.hash });
  // useHref drops the trailing slash of a face's root ("/admin/" becomes "/admin"); keep the URL the user is on.
  const here = location.pathname === '/' && !href.startsWith('/?') && href !== '/' ? href.replace(/^([^?#]*)/, '$1/') : href;
  return (
    <Button component="a" href={loginUrl(here)} data-testid={testId} {...props}>
      {t('auth.login')}
    </Button>
  );
}
