import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useStrings, useT } from '../../i18n.js';
import { downloadCsv, toCsv } from '../../ui/csv.js';
import { indicatorStrings } from './strings.js';

/** One published group: its values on the dimensions asked for, and its figure (null when suppressed). */
export interface Row {
  /** The group's identity among the rows (its codes as the API gives them, not as shown). */
  key: string;
  values: string[];
  count: number | null;
  suppressed: boolean;
}

/**
 * A table of groups as a chart, a table and a CSV file. A suppressed group is written as suppressed
 * (never 0: 0 means no one) and left out of the chart, which says so; the total, when there is one,
 * is its own cell and may be suppressed too.
 */
export function CellsView({
  id,
  title,
  columns,
  rows,
  total,
  fileName,
  chart = true,
}: {
  id: string;
  title: string;
  /** The headings of the group columns (one per dimension). */
  columns: string[];
  rows: Row[];
  /** undefined: no total row. */
  total?: number | null;
  fileName: string;
  /** false: figures of different kinds (cases, visits), which one scale would mislead. */
  chart?: boolean;
}) {
  const s = useStrings(indicatorStrings);
  const t = useT();
  const figure = (count: number | null, suppressed: boolean) => (suppressed || count === null ? s('suppressed') : count);
  const label = (row: Row) => row.values.join(' · ') || s('total');
  const headings = columns.length ? columns : [s('group')];
  const drawn = rows.filter((r) => !r.suppressed && r.count !== null).map((r) => ({ group: label(r), count: r.count }));
  const download = () => {
    const body = rows.map((r) => [...r.values, figure(r.count, r.suppressed)]);
    if (total !== undefined) body.push([s('total'), ...columns.slice(1).map(() => ''), figure(total, total === null)]);
    downloadCsv(fileName, toCsv([...headings, s('count')], body));
  };
  return (
    <section aria-labelledby={`${id}-title`} className="indicator-view" data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {total !== undefined && (
        <p>
          {s('total')}: <strong data-testid={`${id}-total`}>{figure(total, total === null)}</strong>
        </p>
      )}
      <button type="button" onClick={download}>
        {t('downloadCsv')}
      </button>
      {rows.length === 0 ? (
        <p>{s('noGroups')}</p>
      ) : (
        <>
          {chart && drawn.some((d) => d.count! > 0) && (
            <figure className="indicator-chart" data-testid={`${id}-chart`}>
              <figcaption>
                {s('chart')}: {title}
                {drawn.length < rows.length && <> — {s('suppressedNote')}</>}
              </figcaption>
              <ResponsiveContainer width="100%" height={Math.max(160, 40 * drawn.length + 60)}>
                <BarChart data={drawn} layout="vertical" margin={{ left: 16, right: 24 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="group" width={200} />
                  <Tooltip />
                  <Bar dataKey="count" name={s('count')} fill="#0b3d91" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </figure>
          )}
          <table data-testid={`${id}-table`}>
            <caption>
              {s('table')}: {title}
            </caption>
            <thead>
              <tr>
                {headings.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col">{s('count')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  {/* A cell per column, keyed by its heading; a row of no dimension (grouped by nothing) is the total. */}
                  {headings.map((c, j) => (
                    <td key={c}>{r.values.length ? r.values[j] : s('total')}</td>
                  ))}
                  <td className={r.suppressed ? 'suppressed' : undefined}>{r.suppressed ? <em>{s('suppressed')}</em> : r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
