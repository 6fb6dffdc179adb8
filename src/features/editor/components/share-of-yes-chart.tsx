import { useId } from 'react';
import type { FeedbackReport } from '../../../contract/feedback';
import { CHART_WIDTH, daysBetween, LABEL_FONT_SIZE } from './chart-frame';
import { helpfulShare } from './feedback-labels';

type ShareOfYesChartProps = { daily: FeedbackReport['daily'] };

const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 30;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const GRID = [0, 0.25, 0.5, 0.75, 1];
/** A day that was rated but got no Yes still shows a sliver, so it reads as 0 % and not as "no ratings". */
const MIN_BAR = 2;
const MAX_BAR_WIDTH = 40;

/**
 * One bar per UTC day, its height the share of ratings that said Yes; days without ratings are gaps on a
 * true time axis. The table under it holds the same figures and is what assistive technology reads.
 */
export function ShareOfYesChart({ daily }: ShareOfYesChartProps) {
  const captionId = useId();
  const first = daily[0]?.day;
  const last = daily.at(-1)?.day;
  if (!first || !last) return <p>No ratings for this selection.</p>;
  const days = daysBetween(first, last);
  const slot = (CHART_WIDTH - LEFT - RIGHT) / days.length;
  const barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, slot * 0.7));
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const y = (share: number) => TOP + PLOT_HEIGHT * (1 - share);

  return (
    <figure className="editor-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>Share of “Yes” by day</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" className="chart">
        {GRID.map((share) => (
          <g key={share}>
            <line className="chart-grid" x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={y(share)} y2={y(share)} />
            <text className="chart-label" x={LEFT - 6} y={y(share) + 4} textAnchor="end" fontSize={LABEL_FONT_SIZE}>
              {`${share * 100}%`}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const rated = byDay.get(day);
          if (!rated) return null;
          const share = rated.yes / (rated.yes + rated.no);
          const height = Math.max(MIN_BAR, PLOT_HEIGHT * share);
          return (
            <rect
              key={day}
              className="chart-bar-yes"
              x={LEFT + index * slot + (slot - barWidth) / 2}
              width={barWidth}
              y={TOP + PLOT_HEIGHT - height}
              height={height}
            />
          );
        })}
        <text className="chart-label" x={LEFT} y={HEIGHT - 8} fontSize={LABEL_FONT_SIZE}>
          {first}
        </text>
        {last !== first && (
          <text
            className="chart-label"
            x={CHART_WIDTH - RIGHT}
            y={HEIGHT - 8}
            textAnchor="end"
            fontSize={LABEL_FONT_SIZE}
          >
            {last}
          </text>
        )}
      </svg>
      <table className="editor-table">
        <caption>Share of “Yes” by day (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Yes</th>
            <th scope="col">No</th>
            <th scope="col">Share of “Yes”</th>
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.day}>
              <th scope="row">
                <time dateTime={d.day}>{d.day}</time>
              </th>
              <td>{d.yes}</td>
              <td>{d.no}</td>
              <td>{helpfulShare(d.yes, d.no)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
