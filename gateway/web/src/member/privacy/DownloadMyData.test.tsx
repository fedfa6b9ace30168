import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../shared/AppProviders';
import { DownloadMyData } from './DownloadMyData';

describe('DownloadMyData', () => {
  it('links to the member’s own export only, never to an id', () => {
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })}>
        <DownloadMyData />
      </AppProviders>,
    );

    const link = screen.getByTestId('own-data-download');
    expect(link).toHaveAttribute('href', '/api/members/me/privacy-export');
    expect(link).toHaveAttribute('download');
    expect(link).toHaveTextContent('データをダウンロード');
  });
});
