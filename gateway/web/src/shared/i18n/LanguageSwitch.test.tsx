import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memberRoutes } from '../../member/routes';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { LANGUAGE_STORAGE_KEY } from './index';

describe('language switch', () => {
  it('starts in Japanese and switches texts, <html lang> and the stored choice to English', async () => {
    stubApi([], null);
    renderRoutes(memberRoutes);
    const navigation = screen.getAllByRole('navigation', { name: 'メインメニュー' })[0];
    expect(within(navigation).getByText('ホーム')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');

    await userEvent.click(within(screen.getByTestId('language-switch')).getByLabelText('English'));

    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    const englishNavigation = screen.getAllByRole('navigation', { name: 'Main menu' })[0];
    expect(within(englishNavigation).getByText('Home')).toBeInTheDocument();
    expect(within(englishNavigation).getByText('Requests')).toBeInTheDocument();
    expect(screen.queryByText('ホーム')).not.toBeInTheDocument();
    expect(await screen.findByTestId('login-button')).toHaveTextContent('Log in');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await userEvent.click(within(screen.getByTestId('language-switch')).getByLabelText('日本語'));

    await waitFor(() => expect(document.documentElement.lang).toBe('ja'));
    expect(screen.getAllByText('ホーム').length).toBeGreaterThan(0);
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja');
  });
});
