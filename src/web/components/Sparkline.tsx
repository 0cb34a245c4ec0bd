import { percent } from '../../domain/readable-numbers';

const WIDTH = 120;
const HEIGHT = 28;

interface SparklineProps {
  /** A share (0..1) over time, oldest first; null where it was not known (a chain without purchases). */
  points: readonly { at: string; value: number | null }[];
  /** Today's value. */
  now: number | null;
  /** What the line shows, for its title and for screen readers. */
  what: string;
  testId?: string;
}

/** A share over time as a small line, oldest on the left; the last point is today's value. */
export function Sparkline({ points, now, what, testId = 'sparkline' }: SparklineProps) {
  const known = points.filter((point): point is { at: string; value: number } => point.value !== null);
  if (known.length === 0) return null;
  const times = known.map((point) => Date.parse(point.at));
  const start = Math.min(...times);
  const span = Math.max(1, Date.now() - start);
  const x = (time: number) => ((time - start) / span) * (WIDTH - 4) + 2;
  const y = (share: number) => HEIGHT - 2 - share * (HEIGHT - 4);
  // A step line: each value holds until the next change, the last one until now.
  const steps = known.flatMap((point, index) => {
    const until = index + 1 < known.length ? times[index + 1]! : Date.now();
    return [`${x(times[index]!)},${y(point.value)}`, `${x(until)},${y(point.value)}`];
  });
  const summary = `${what}: ${known.map((point) => `${point.at.slice(0, 10)} ${percent(point.value)}`).join(', ')}`;
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={summary}
      data-testid={testId}
      data-points={known.length}
    >
      <title>{summary}</title>
      <line x1="2" x2={WIDTH - 2} y1={y(1)} y2={y(1)} className="sparkline-full" />
      <polyline points={steps.join(' ')} />
      {now !== null && <circle cx={x(Date.now())} cy={y(now)} r="2.5" />}
    </svg>
  );
}
