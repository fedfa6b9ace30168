import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../test/render';
import { stubApi } from '../test/stubApi';
import { currentSection } from './AdminLayout';
import { adminRoutes } from './routes';

describe('admin console shell', () => {
  it('tells a logged-in member that the console is for shop staff', async () => {
    stubApi([], { name: '山田 花子', roles: ['member'] });
    renderRoutes(adminRoutes);

    expect(await screen.findByTestId('staff-only')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'この管理画面はショップスタッフ専用です' })).toBeInTheDocument();
    expect(screen.getByText(/山田 花子 さんのアカウントには管理画面を使う権限がありません/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '管理メニュー' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('reception-button')).not.toBeInTheDocument();
  });

  it('opens the front page with the sidebar for staff', async () => {
    stubApi([], { name: '佐藤 一郎', roles: ['staff'] });
    renderRoutes(adminRoutes);

    expect(await screen.findByTestId('reception-button')).toHaveAttribute('href', '/applications/new');
    expect(screen.getByRole('navigation', { name: '管理メニュー' })).toBeInTheDocument();
    expect(screen.queryByTestId('staff-only')).not.toBeInTheDocument();
  });

  it('asks a visitor who is not logged in to log in and come back to the console page', async () => {
    stubApi([], null);
    renderRoutes(adminRoutes, '/me');

    expect(await screen.findByTestId('login-prompt')).toBeInTheDocument();
    expect(screen.getByTestId('login-button')).toHaveAttribute('href', '/login?returnTo=%2Fme');
  });

  it('shows who is logged in on the who-am-i page', async () => {
    stubApi([], { name: '佐藤 一郎', roles: ['staff', 'kyc-verifier'] });
    renderRoutes(adminRoutes, '/me');

    expect(await screen.findByTestId('whoami-name')).toHaveTextContent('佐藤 一郎');
    const roles = screen.getByTestId('whoami-roles');
    expect(roles.querySelector('[data-role="staff"]')).toHaveTextContent('staff');
    expect(roles.querySelector('[data-role="kyc-verifier"]')).not.toBeNull();
  });
});

describe('currentSection', () => {
  it('marks the most specific section and never one that only shares a prefix', () => {
    expect(currentSection('/members/abc')).toBe('/members');
    expect(currentSection('/members/import')).toBe('/members/import');
    expect(currentSection('/me')).toBe('/me');
    expect(currentSection('/meetings')).toBeUndefined();
    expect(currentSection('/')).toBe('/');
  });
});
