import { useId } from 'react';
import type { FeedbackReport } from '../../../contract/feedback';
import { CHART_WIDTH, LABEL_FONT_SIZE } from './chart-frame';

type ReasonsChartProps = { reasons: FeedbackReport['reasons'] };

const ROW = 26;
const LABEL_WIDTH = 190;
const COUNT_WIDTH = 48;
const BAR_WIDTH = CHART_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
const GROUPS = [
  { answer: 'no', title: 'With “No”' },
  { answer: 'yes', title: 'With “Yes”' },
] as const;

/**
 * How often each reason was given, grouped by the answer it came with ("Something else" belongs to both),
 * bars on one scale. The table under it holds the same figures and is what assistive technology reads.
 */
export function ReasonsChart({ reasons }: ReasonsChartProps) {
  const captionId = useId();
  if (reasons.length === 0) return <p>No reasons given for this selection.</p>;
  const most = Math.max(...reasons.map((r) => r.count));
  const rows = GROUPS.flatMap(({ answer, title }) => {
    const given = reasons.filter((r) => r.answer === answer);
    return given.length === 0 ? [] : [{ title }, ...given];
  });

  return (
    <figure className="editor-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>Reasons given</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${rows.length * ROW}`} aria-hidden="true" focusable="false" className="chart">
        {rows.map((row, index) => {
          const top = index * ROW;
          if ('title' in row)
            return (
              <text key={row.title} className="chart-label chart-group" x={0} y={top + 18} fontSize={LABEL_FONT_SIZE}>
                {row.title}
              </text>
            );
          const width = Math.max(1, (row.count / most) * BAR_WIDTH);
          return (
            <g key={`${row.answer}-${row.reason}`}>
              <text
                className="chart-label"
                x={LABEL_WIDTH - 8}
                y={top + 18}
                textAnchor="end"
                fontSize={LABEL_FONT_SIZE}
              >
                {row.reason}
              </text>
              <rect className={`chart-bar-${row.answer}`} x={LABEL_WIDTH} y={top + 5} width={width} height={ROW - 10} />
              <text className="chart-label" x={LABEL_WIDTH + width + 6} y={top + 18} fontSize={LABEL_FONT_SIZE}>
                {row.count}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="editor-table">
        <caption>Reasons given</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">Answer</th>
            <th scope="col">Times given</th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((r) => (
            <tr key={`${r.answer}-${r.reason}`}>
              <th scope="row">{r.reason}</th>
              <td>{r.answer === 'yes' ? 'Yes' : 'No'}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
