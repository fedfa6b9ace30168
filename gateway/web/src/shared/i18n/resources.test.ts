import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('has the same keys in Japanese and English', () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort());
  });

  it('has no empty texts', () => {
    const empty = [ja, en].flatMap((resource) =>
      keys(resource).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource) === ''),
    );
    expect(empty).toEqual([]);
  });
});
