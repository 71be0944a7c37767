import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Pie,
  PieChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api, unwrap, type Currency, type Schemas } from '../api/client';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CurrencySelect } from '../components/Selects';
import { formatMoney } from '../money';
import { thisMonth, useCategories } from '../queries';

type SpendingReport = Schemas['SpendingReportResponse'];
type Trends = Schemas['TrendsResponse'];
type Colour = (category: string) => string;

const TREND_MONTHS = 6;
/** Fallback slice colours (for categories without one), picked by the name so they never shift. */
const PALETTE = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#a16207', '#be185d', '#4338ca', '#4d7c0f'];
const CHART_HEIGHT = 280;
const tooltipText = { color: '#1b1f24' };

/**
 * A month's spending in one currency (by category as a donut, by day as bars) and the trend over
 * the last months. Every figure clicks through to the transactions behind it, and every chart has
 * a table view with the same figures and links.
 */
export default function Reports() {
  const [month, setMonth] = useState(thisMonth());
  const [currency, setCurrency] = useState<Currency>('USD');
  const colour = useCategoryColours();
  return (
    <>
      <h1>Reports</h1>
      <div className="toolbar">
        <Field label="Month">
          <input type="month" value={month} max={thisMonth()} onChange={(e) => setMonth(e.target.value || thisMonth())} />
        </Field>
        <Field label="Currency">
          <CurrencySelect value={currency} onChange={setCurrency} />
        </Field>
      </div>
      <MonthSpending month={month} currency={currency} colour={colour} />
      <SpendingTrends currency={currency} colour={colour} />
    </>
  );
}

/** The categories' own colours, else a palette colour chosen by the category's name. */
function useCategoryColours(): Colour {
  const categories = useCategories();
  const own = new Map((categories.data ?? []).filter((c) => c.name && c.color).map((c) => [c.name ?? '', c.color ?? '']));
  return (category) => own.get(category) ?? PALETTE[hash(category) % PALETTE.length] ?? '#57606a';
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h;
}

/** The transactions screen's list of the report lines behind a category's figure. */
function categoryLink(month: string, currency: string, category: string): string {
  return `/transactions?month=${encodeURIComponent(month)}&currency=${encodeURIComponent(currency)}&category=${encodeURIComponent(category)}`;
}

/** The report lines behind one UTC day's bar (the month's lines, that day only). */
function dayLink(currency: string, day: string): string {
  return `/transactions?month=${day.slice(0, 7)}&currency=${encodeURIComponent(currency)}&day=${day}`;
}

/* ---- One month ---- */

function MonthSpending({ month, currency, colour }: { month: string; currency: string; colour: Colour }) {
  const report = useQuery({
    queryKey: ['reports', 'spending', month, currency],
    queryFn: () => unwrap(api.GET('/api/v1/reports/spending', { params: { query: { month, currency } } })),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });
  const data = report.data;
  const categories = (data?.byCategory ?? []).filter((c) => (c.total ?? 0) > 0);
  const empty = data !== undefined && ((data.total ?? 0) === 0 || categories.length === 0);
  return (
    <section aria-labelledby="month-heading">
      <h2 id="month-heading">Spending in {monthName(month)}</h2>
      <ProblemAlert error={report.error} />
      {report.isPending && report.fetchStatus !== 'idle' && <p className="muted">Loading…</p>}
      {empty && <p className="card">No spending in this month in {currency}.</p>}
      {data && !empty && (
        <>
          <p>
            Total spent: <strong className="amount">{formatMoney(data.total ?? 0, currency)}</strong>
          </p>
          <div className="grid report-charts">
            <ChartOrTable
              caption={`Spending by category, ${monthName(month)}`}
              chart={<CategoryDonut report={data} month={month} currency={currency} colour={colour} />}
              table={<CategoryTable report={data} month={month} currency={currency} />}
            />
            <ChartOrTable
              caption={`Spending by day, ${monthName(month)}`}
              chart={<DayBars report={data} currency={currency} />}
              table={<DayTable report={data} currency={currency} />}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** A chart in a captioned figure, with a button that swaps it for the same figures as a table. */
function ChartOrTable({ caption, chart, table }: { caption: string; chart: ReactNode; table: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="card report-figure">
      <figcaption className="report-caption">{caption}</figcaption>
      <button type="button" className="link report-toggle" onClick={() => setAsTable(!asTable)}>
        {asTable ? 'Show as chart' : 'Show as table'}
      </button>
      {asTable ? table : chart}
    </figure>
  );
}

function CategoryDonut({ report, month, currency, colour }: { report: SpendingReport; month: string; currency: string; colour: Colour }) {
  const navigate = useNavigate();
  const rows = (report.byCategory ?? [])
    .filter((c) => (c.total ?? 0) > 0)
    .map((c) => ({ category: c.category ?? 'other', total: c.total ?? 0 }));
  return (
    <>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 320, height: CHART_HEIGHT }}>
        <PieChart title={`Spending by category, ${monthName(month)}; select a slice to see its transactions`}>
          <Pie
            data={rows}
            dataKey="total"
            nameKey="category"
            innerRadius="55%"
            outerRadius="85%"
            paddingAngle={1}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => {
              const row = rows[index];
              if (row) void navigate(categoryLink(month, currency, row.category));
            }}
          >
            {rows.map((row) => (
              <Cell key={row.category} fill={colour(row.category)} />
            ))}
          </Pie>
          <Tooltip formatter={(value) => formatMoney(Number(value), currency)} itemStyle={tooltipText} />
        </PieChart>
      </ResponsiveContainer>
      <ul className="report-legend" aria-label="Categories">
        {rows.map((row) => (
          <li key={row.category}>
            <span className="report-swatch" style={{ background: colour(row.category) }} aria-hidden="true" />
            <Link to={categoryLink(month, currency, row.category)}>{row.category}</Link>{' '}
            <span className="amount">{formatMoney(row.total, currency)}</span>{' '}
            <span className="muted small">({percentOf(row.total, report.total ?? 0)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CategoryTable({ report, month, currency }: { report: SpendingReport; month: string; currency: string }) {
  const rows = (report.byCategory ?? []).filter((c) => (c.total ?? 0) > 0);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Spending by category in {monthName(month)}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Spent
            </th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">
                <Link to={categoryLink(month, currency, row.category ?? 'other')}>{row.category}</Link>
              </th>
              <td className="num">{row.count ?? 0}</td>
              <td className="num amount">{formatMoney(row.total ?? 0, currency)}</td>
              <td className="num">{percentOf(row.total ?? 0, report.total ?? 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{rows.reduce((sum, r) => sum + (r.count ?? 0), 0)}</td>
            <td className="num amount">{formatMoney(report.total ?? 0, currency)}</td>
            <td className="num">100%</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function DayBars({ report, currency }: { report: SpendingReport; currency: string }) {
  const navigate = useNavigate();
  const rows = (report.byDay ?? []).map((d) => ({ date: d.date ?? '', total: d.total ?? 0 }));
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 320, height: CHART_HEIGHT }}>
      <BarChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        title="Spending by day; select a bar to see the day's transactions"
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={(d: string) => String(Number(d.slice(8, 10)))} />
        <YAxis width={80} tickFormatter={(v: number) => formatMoney(v, currency)} />
        <Tooltip
          labelFormatter={(d) => dayName(String(d))}
          formatter={(value) => [formatMoney(Number(value), currency), 'Spent']}
          itemStyle={tooltipText}
        />
        <Bar
          dataKey="total"
          name="Spent"
          fill="#0b5cad"
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => {
            const row = rows[index];
            if (row?.date) void navigate(dayLink(currency, row.date));
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

function DayTable({ report, currency }: { report: SpendingReport; currency: string }) {
  const rows = (report.byDay ?? []).filter((d) => (d.total ?? 0) > 0);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Spending by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className="num">
              Spent
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.date}>
              <th scope="row">
                <Link to={dayLink(currency, row.date ?? '')}>{dayName(row.date ?? '')}</Link>
              </th>
              <td className="num amount">{formatMoney(row.total ?? 0, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/* ---- Trends ---- */

type TrendRow = { month: string; total: number; values: Record<string, number> };

function SpendingTrends({ currency, colour }: { currency: string; colour: Colour }) {
  const trends = useQuery({
    queryKey: ['reports', 'trends', TREND_MONTHS, currency],
    queryFn: () => unwrap(api.GET('/api/v1/reports/trends', { params: { query: { months: TREND_MONTHS, currency } } })),
  });
  const data = trends.data;
  const rows = trendRows(data);
  const categories = trendCategories(rows);
  const empty = data !== undefined && rows.every((r) => r.total === 0);
  return (
    <section className="section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">The last {TREND_MONTHS} months</h2>
      <ProblemAlert error={trends.error} />
      {trends.isPending && <p className="muted">Loading…</p>}
      {empty && <p className="card">No spending in these months in {currency}.</p>}
      {data && !empty && (
        <>
          <dl className="summary">
            <dt>Average a month</dt>
            <dd className="amount">{formatMoney(data.averageMonthly ?? 0, currency)}</dd>
            <dt>Median month</dt>
            <dd className="amount">{formatMoney(data.medianMonthly ?? 0, currency)}</dd>
          </dl>
          <ChartOrTable
            caption={`Spending by month and category, ${currency}`}
            chart={<TrendBars rows={rows} categories={categories} average={data.averageMonthly ?? 0} currency={currency} colour={colour} />}
            table={<TrendTable rows={rows} categories={categories} currency={currency} />}
          />
        </>
      )}
    </section>
  );
}

function trendRows(trends: Trends | undefined): TrendRow[] {
  return (trends?.months ?? []).map((m) => ({
    month: m.month ?? '',
    total: m.total ?? 0,
    values: Object.fromEntries((m.byCategory ?? []).map((c) => [c.category ?? 'other', c.total ?? 0])),
  }));
}

/** Every category that has spending in any month, the largest overall first. */
function trendCategories(rows: TrendRow[]): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    for (const [category, total] of Object.entries(row.values)) {
      totals.set(category, (totals.get(category) ?? 0) + total);
    }
  }
  return [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category]) => category);
}

function TrendBars({
  rows,
  categories,
  average,
  currency,
  colour,
}: {
  rows: TrendRow[];
  categories: string[];
  average: number;
  currency: string;
  colour: Colour;
}) {
  const navigate = useNavigate();
  return (
    <>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40} initialDimension={{ width: 320, height: CHART_HEIGHT + 40 }}>
        <BarChart
          data={rows}
          margin={{ top: 16, right: 8, bottom: 0, left: 8 }}
          title={`Spending by month and category in ${currency}; select a segment to see its transactions`}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={(m: string) => shortMonth(m)} />
          <YAxis width={80} tickFormatter={(v: number) => formatMoney(v, currency)} />
          <Tooltip
            labelFormatter={(m) => monthName(String(m))}
            formatter={(value) => formatMoney(Number(value), currency)}
            itemStyle={tooltipText}
          />
          {categories.map((category) => (
            <Bar
              key={category}
              name={category}
              dataKey={(row: TrendRow) => row.values[category] ?? 0}
              stackId="spent"
              fill={colour(category)}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_, index) => {
                const row = rows[index];
                if (row) void navigate(categoryLink(row.month, currency, category));
              }}
            />
          ))}
          <ReferenceLine y={average} stroke="#1b1f24" strokeDasharray="4 4" label={{ value: 'Average', position: 'insideTopRight', fill: '#1b1f24' }} />
        </BarChart>
      </ResponsiveContainer>
      <ul className="report-legend" aria-label="Categories">
        {categories.map((category) => (
          <li key={category}>
            <span className="report-swatch" style={{ background: colour(category) }} aria-hidden="true" />
            {category}
          </li>
        ))}
      </ul>
    </>
  );
}

function TrendTable({ rows, categories, currency }: { rows: TrendRow[]; categories: string[]; currency: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Spending by month and category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {rows.map((row) => (
              <th key={row.month} scope="col" className="num">
                {shortMonth(row.month)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {rows.map((row) => {
                const total = row.values[category] ?? 0;
                return (
                  <td key={row.month} className="num amount">
                    {total > 0 ? (
                      <Link to={categoryLink(row.month, currency, category)}>{formatMoney(total, currency)}</Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {rows.map((row) => (
              <td key={row.month} className="num amount">
                {formatMoney(row.total, currency)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/* ---- Formatting ---- */

function percentOf(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  return `${Math.round((part * 100) / whole)}%`;
}

/** `2026-11` → "November 2026". */
function monthName(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return date.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `2026-11` → "Nov 2026". */
function shortMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return date.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** `2026-11-03` → "Tue, Nov 3". */
function dayName(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
