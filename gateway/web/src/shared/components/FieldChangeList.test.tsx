import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldChangeList } from './FieldChangeList';

const realMatchMedia = window.matchMedia;

function phoneSized(narrow: boolean) {
  window.matchMedia = ((query: string) => ({ ...realMatchMedia(query), matches: narrow && query.includes('max-width') })) as typeof window.matchMedia;
}

const changes = [{ field: 'familyName', before: '鈴木', after: '佐々木' }];

describe('FieldChangeList', () => {
  afterEach(() => {
    window.matchMedia = realMatchMedia;
  });

  it('puts each field on its own lines on a phone instead of squeezing four columns', () => {
    phoneSized(true);
    render(
      <MantineProvider>
        <FieldChangeList changes={changes} testId="changes" />
      </MantineProvider>,
    );

    const list = screen.getByTestId('changes');
    expect(list.tagName).not.toBe('TABLE');
    expect(within(list).getByTestId('change-before')).toHaveTextContent('鈴木');
    expect(within(list).getByTestId('change-after')).toHaveTextContent('佐々木');
  });

  it('is a table with a column each for field, current and requested value on wider screens', () => {
    phoneSized(false);
    render(
      <MantineProvider>
        <FieldChangeList changes={changes} testId="changes" />
      </MantineProvider>,
    );

    expect(screen.getByTestId('changes').tagName).toBe('TABLE');
  });
});
