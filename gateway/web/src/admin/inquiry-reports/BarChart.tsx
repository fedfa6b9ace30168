import { Group, Text, useMantineTheme } from '@mantine/core';

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 48;
const BOTTOM = 36;
const TOP = 12;

/**
 * A grouped bar chart in plain SVG (the web has no chart library; this is all the reports need):
 * one group of bars per category, one colour per series, a value axis from zero with four ticks.
 * The figures are in the table beside it too, for reading and for screen readers.
 */
export function BarChart({ categories, series, label, testId }: { categories: string[]; series: BarSeries[]; label: string; testId?: string }) {
  const theme = useMantineTheme();
  const colours = ['blue', 'teal', 'orange', 'grape', 'red', 'cyan', 'lime', 'pink'].map((name) => theme.colors[name][6]);
  const max = Math.max(1, ...series.flatMap((one) => one.values.map((value) => value ?? 0)));
  const plotWidth = WIDTH - LEFT - 8;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, categories.length);
  const bar = Math.max(2, (slot * 0.8) / Math.max(1, series.length));
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => Math.round(max * share * 10) / 10);

  return (
    <div data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - 8} y1={y(tick)} y2={y(tick)} stroke={theme.colors.gray[3]} strokeWidth={1} />
            <text x={LEFT - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill={theme.colors.gray[7]}>
              {tick}
            </text>
          </g>
        ))}
        {categories.map((category, index) => (
          <g key={category}>
            {series.map((one, s) => {
              const value = one.values[index];
              if (value === null || value === undefined) return null;
              const x = LEFT + index * slot + slot * 0.1 + s * bar;
              return (
                <rect key={one.name} x={x} y={y(value)} width={bar - 1} height={TOP + plotHeight - y(value)} fill={colours[s % colours.length]} data-testid="bar">
                  <title>{`${category} ${one.name}: ${value}`}</title>
                </rect>
              );
            })}
            <text x={LEFT + index * slot + slot / 2} y={HEIGHT - BOTTOM + 16} fontSize={11} textAnchor="middle" fill={theme.colors.gray[7]}>
              {category}
            </text>
          </g>
        ))}
      </svg>
      <Group gap="md" justify="center">
        {series.map((one, s) => (
          <Group key={one.name} gap={4}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: colours[s % colours.length] }} aria-hidden />
            <Text size="xs">{one.name}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
