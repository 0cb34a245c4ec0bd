import { percent } from '../../domain/readable-numbers';
import { useTexts } from '../i18n';

const WIDTH = 120;
const HEIGHT = 28;

/** A chain's completeness over time as a small line, oldest on the left; the last point is today's value. */
export function Sparkline({ points, now }: { points: readonly { at: string; completeness: number }[]; now: number }) {
  const { label } = useTexts();
  if (points.length === 0) return null;
  const times = points.map((point) => Date.parse(point.at));
  const start = Math.min(...times);
  const span = Math.max(1, Date.now() - start);
  const x = (time: number) => ((time - start) / span) * (WIDTH - 4) + 2;
  const y = (share: number) => HEIGHT - 2 - share * (HEIGHT - 4);
  // A step line: each value holds until the next change, the last one until now.
  const steps = points.flatMap((point, index) => {
    const until = index + 1 < points.length ? times[index + 1]! : Date.now();
    return [`${x(times[index]!)},${y(point.completeness)}`, `${x(until)},${y(point.completeness)}`];
  });
  const summary = `${label.completenessTrend}: ${points.map((point) => `${point.at.slice(0, 10)} ${percent(point.completeness)}`).join(', ')}`;
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={summary}
      data-testid="sparkline"
      data-points={points.length}
    >
      <title>{summary}</title>
      <line x1="2" x2={WIDTH - 2} y1={y(1)} y2={y(1)} className="sparkline-full" />
      <polyline points={steps.join(' ')} />
      <circle cx={x(Date.now())} cy={y(now)} r="2.5" />
    </svg>
  );
}
