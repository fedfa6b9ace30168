import { Button, type ButtonProps } from '@mantine/core';
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_FORM_FIELD, csrfToken } from '../api/csrf';

/**
 * A real form POST to the gateway's `/logout` with the CSRF token from the `XSRF-TOKEN` cookie in
 * field `_csrf`; the gateway ends the session and sends the browser to `/`.
 */
export function LogoutButton({ testId = 'logout-button', ...props }: ButtonProps & { testId?: string }) {
  const { t } = useTranslation();
  const tokenField = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const token = csrfToken();
    if (token) {
      tokenField.current!.value = token;
      return;
    }
    // No cookie yet (the gateway writes it on its next answer): ask once, then submit.
    event.preventDefault();
    void fetch('/api/me', { credentials: 'same-origin' })
      .catch(() => undefined)
      .then(() => {
        tokenField.current!.value = csrfToken() ?? '';
        form.submit();
      });
  };

  return (
    <form method="post" action="/logout" onSubmit={onSubmit} style={{ display: 'contents' }}>
      <input ref={tokenField} type="hidden" name={CSRF_FORM_FIELD} defaultValue="" />
      <Button type="submit" variant="default" data-testid={testId} {...props}>
        {t('auth.logout')}
      </Button>
    </form>
  );
}
