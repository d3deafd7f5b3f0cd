import { type ReactNode, useId } from 'react';

/** A chart with its text alternative: a summary sentence first, the numbers in a table on request. */
export function ChartSection({
  title,
  summary,
  chart,
  columns,
  rows,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  columns: readonly string[];
  /** Each row's key is unique within the table (a date or an instant). */
  rows: readonly { key: string; cells: readonly string[] }[];
}) {
  const id = useId();
  return (
    <section className="chart-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{summary}</p>
      {rows.length > 0 ? chart : null}
      {rows.length > 0 ? (
        <details>
          <summary>Show the numbers as a table</summary>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, j) =>
                    j === 0 ? (
                      <th key={columns[j]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={columns[j]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
