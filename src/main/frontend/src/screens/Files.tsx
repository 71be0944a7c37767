import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Currency, type Schemas } from '../api/client';
import { extensionOf, uploadFile } from '../api/uploads';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { CurrencySelect, WalletSelect } from '../components/Selects';
import { useWallets } from '../queries';

type Statement = Schemas['StatementResponse'];
type StatementFormat = Schemas['StatementRequest']['format'];
type ImportFormat = Schemas['ImportRequest']['format'];
type CsvColumns = Schemas['CsvColumns'];
type ImportPreview = Schemas['ImportPreview'];
type ImportJob = Schemas['ImportResponse'];
type LineError = Schemas['LineError'];

const POLL_MS = 2000;
const DEFAULT_COLUMNS: CsvColumns = {
  dateColumn: 'date',
  amountColumn: 'amount',
  merchantColumn: 'merchant',
  dateFormat: 'yyyy-MM-dd',
};

/** Statements to download and bank files to import: the two screens that move files through S3. */
export default function Files() {
  return (
    <>
      <h1>Statements &amp; imports</h1>
      <Statements />
      <Imports />
    </>
  );
}

/* ---------- Dates ---------- */

/** Today as the `YYYY-MM-DD` of a date input (UTC, like the API). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → the RFC 3339 instant of that day's start, optionally some days later. */
function dayStart(date: string, plusDays = 0): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The statement's [from, to) as the inclusive days a person reads: "2026-11-01 – 2026-11-30". */
function period(statement: Statement): string {
  if (!statement.from || !statement.to) {
    return '';
  }
  const last = new Date(new Date(statement.to).getTime() - 1).toISOString().slice(0, 10);
  return `${statement.from.slice(0, 10)} – ${last}`;
}

/* ---------- Statements ---------- */

function Statements() {
  return (
    <section className="section stack" aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements</h2>
      <StatementForm />
      <StatementList />
    </section>
  );
}

/** Asks for a statement export (POST /statements, 202 PENDING); the list below follows it. */
function StatementForm() {
  const queryClient = useQueryClient();
  const [walletId, setWalletId] = useState('');
  const [from, setFrom] = useState(() => `${today().slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [format, setFormat] = useState<StatementFormat>('csv');
  const [invalid, setInvalid] = useState<string>();

  const request = useMutation({
    mutationFn: (body: Schemas['StatementRequest']) => unwrap(api.POST('/api/v1/statements', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['statements'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!walletId) {
      setInvalid('Choose a wallet');
      return;
    }
    setInvalid(undefined);
    if (!from || !to || to < from) {
      return;
    }
    // The API's `to` is exclusive: the day after the last day asked for.
    request.mutate({ walletId, from: dayStart(from), to: dayStart(to, 1), format });
  }

  const rangeError = from && to && to < from ? 'The last day is before the first' : undefined;
  return (
    <form className="card stack" onSubmit={submit} aria-label="Request a statement" noValidate>
      <div className="row">
        <Field label="Wallet" error={invalid}>
          <WalletSelect value={walletId} onChange={setWalletId} required />
        </Field>
        <Field label="From">
          <input type="date" value={from} max={today()} onChange={(e) => setFrom(e.target.value)} required />
        </Field>
        <Field label="To" hint="Included" error={rangeError}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </Field>
        <Field label="Format">
          <select value={format} onChange={(e) => setFormat(e.target.value as StatementFormat)}>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
          </select>
        </Field>
        <button type="submit" className="primary" disabled={request.isPending}>
          {request.isPending ? 'Requesting…' : 'Request statement'}
        </button>
      </div>
      <ProblemAlert error={request.error} />
      {request.isSuccess && (
        <p role="status" className="alert alert-ok">
          Statement requested. It is listed below and can be downloaded once ready.
        </p>
      )}
    </form>
  );
}

function isPending(statement: Statement): boolean {
  return statement.status === 'PENDING';
}

/** The caller's statements, newest first; re-read every 2 s while any is still being prepared. */
function StatementList() {
  const wallets = useWallets();
  const pages = useInfiniteQuery({
    queryKey: ['statements'],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/statements', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => (p.data ?? []).some(isPending)) ? POLL_MS : false,
  });

  const rows = pages.data?.pages.flatMap((p) => p.data ?? []) ?? [];
  const pending = rows.filter(isPending).length;
  const walletName = (id?: string) => {
    const wallet = wallets.data?.find((w) => w.id === id);
    return wallet ? wallet.name || wallet.currency || '' : '';
  };

  if (pages.isPending) {
    return <p className="muted">Loading statements…</p>;
  }
  if (pages.isError) {
    return <ProblemAlert error={pages.error} />;
  }
  return (
    <div className="stack">
      <p role="status" className="small muted">
        {pending > 0
          ? `Preparing ${pending} statement${pending === 1 ? '' : 's'}…`
          : rows.length > 0
            ? 'All statements are prepared.'
            : 'No statements yet.'}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Your statements</caption>
            <thead>
              <tr>
                <th scope="col">Wallet</th>
                <th scope="col">Period</th>
                <th scope="col">Format</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col">Status</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td>{walletName(s.walletId)}</td>
                  <td>{period(s)}</td>
                  <td>{s.format?.toUpperCase()}</td>
                  <td className="num">{s.status === 'READY' ? (s.rows ?? 0) : ''}</td>
                  <td>
                    <span className={`pill files-${s.status ?? 'PENDING'}`}>{statusLabel(s)}</span>
                    {s.status === 'FAILED' && s.failure && <div className="small muted">{s.failure}</div>}
                  </td>
                  <td>{s.status === 'READY' && s.id && <DownloadButton statement={s} label={period(s)} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages.hasNextPage && (
        <div className="more">
          <button type="button" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Show older statements'}
          </button>
        </div>
      )}
    </div>
  );
}

function statusLabel(statement: Statement): string {
  switch (statement.status) {
    case 'READY':
      return 'Ready';
    case 'FAILED':
      return 'Failed';
    default:
      return 'Preparing…';
  }
}

/**
 * The presigned download lasts 15 minutes, so the link is fetched fresh on click
 * (GET /statements/{id}) and the browser then goes to it.
 */
function DownloadButton({ statement, label }: { statement: Statement; label: string }) {
  const download = useMutation({
    mutationFn: () =>
      unwrap(api.GET('/api/v1/statements/{id}', { params: { path: { id: statement.id ?? '' } } })),
    onSuccess: (fresh) => {
      if (fresh.downloadUrl) {
        window.location.assign(fresh.downloadUrl);
      }
    },
  });
  const noLink = download.isSuccess && !download.data.downloadUrl;
  return (
    <>
      <button
        type="button"
        className="link"
        onClick={() => download.mutate()}
        disabled={download.isPending}
        aria-label={`Download the statement of ${label}`}
      >
        {download.isPending ? 'Preparing link…' : 'Download'}
      </button>
      <ProblemAlert error={download.error ?? (noLink ? new Error('The statement has no download yet.') : null)} />
    </>
  );
}

/* ---------- Imports ---------- */

function Imports() {
  return (
    <section className="section stack" aria-labelledby="imports-heading">
      <h2 id="imports-heading">Import a bank file</h2>
      <p className="muted small">
        Outflows in a CSV or OFX file become expenses; lines imported before are skipped as duplicates. You see a
        preview before anything is created.
      </p>
      <ImportWizard />
    </section>
  );
}

/** The import format a file's extension suggests, if any. */
function formatOf(file: File): ImportFormat | undefined {
  const ext = extensionOf(file.name);
  if (ext === 'ofx' || ext === 'qfx') return 'ofx';
  if (ext === 'csv') return 'csv';
  return undefined;
}

type ImportSettings = { uploadId: string; format: ImportFormat; currency: Currency; csv?: CsvColumns };

/**
 * Choose a file and how to read it → upload it to S3 → preview (dryRun) → confirm → follow the job.
 * The upload is reused while the same file stays chosen, so changing the mapping only previews again.
 */
function ImportWizard() {
  const [file, setFile] = useState<File>();
  const [inputKey, setInputKey] = useState(0);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [currency, setCurrency] = useState<Currency>('USD');
  const [columns, setColumns] = useState<CsvColumns>(DEFAULT_COLUMNS);
  const [fileError, setFileError] = useState<string>();
  const uploaded = useRef<{ file: File; id: string }>(undefined);
  const [jobId, setJobId] = useState<string>();

  const preview = useMutation({
    mutationFn: async (): Promise<{ settings: ImportSettings; preview: ImportPreview }> => {
      if (!file) throw new Error('Choose a file');
      if (uploaded.current?.file !== file) {
        uploaded.current = { file, id: await uploadFile(file, 'import') };
      }
      const settings: ImportSettings = {
        uploadId: uploaded.current.id,
        format,
        currency,
        ...(format === 'csv' ? { csv: columns } : {}),
      };
      const body = await unwrap(api.POST('/api/v1/imports', { body: { ...settings, dryRun: true } }));
      return { settings, preview: body as ImportPreview };
    },
  });

  const start = useMutation({
    mutationFn: async (settings: ImportSettings) =>
      (await unwrap(api.POST('/api/v1/imports', { body: { ...settings, dryRun: false } }))) as ImportJob,
    onSuccess: (job) => setJobId(job.id),
  });

  /** Any change to the file or how to read it makes the preview stale. */
  function edit<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      preview.reset();
      start.reset();
    };
  }

  function chooseFile(chosen: File | undefined) {
    setFileError(undefined);
    setFile(chosen);
    const guessed = chosen && formatOf(chosen);
    if (guessed) setFormat(guessed);
    preview.reset();
    start.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setFileError('Choose a CSV or OFX file');
      return;
    }
    preview.mutate();
  }

  function restart() {
    setFile(undefined);
    setInputKey((k) => k + 1);
    setJobId(undefined);
    uploaded.current = undefined;
    preview.reset();
    start.reset();
  }

  if (jobId) {
    return <ImportProgress id={jobId} onAnother={restart} />;
  }
  const busy = preview.isPending || start.isPending;
  return (
    <div className="stack">
      <form className="card stack" onSubmit={submit} aria-label="Import a bank file" noValidate>
        <div className="row">
          <Field label="Bank file" hint="CSV or OFX/QFX, up to 20 MiB" error={fileError}>
            <input
              key={inputKey}
              type="file"
              accept=".csv,.ofx,.qfx,text/csv"
              onChange={(e) => chooseFile(e.target.files?.[0])}
              required
            />
          </Field>
          <Field label="Format">
            <select value={format} onChange={(e) => edit(setFormat)(e.target.value as ImportFormat)}>
              <option value="csv">CSV</option>
              <option value="ofx">OFX / QFX</option>
            </select>
          </Field>
          <Field label="Currency" hint="Of the amounts in the file">
            <CurrencySelect value={currency} onChange={edit(setCurrency)} />
          </Field>
        </div>
        {format === 'csv' && <ColumnMapping value={columns} onChange={edit(setColumns)} />}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {preview.isPending ? 'Uploading and checking…' : 'Upload and preview'}
          </button>
        </div>
        <ProblemAlert error={preview.error} />
      </form>
      {preview.data && (
        <PreviewCard
          preview={preview.data.preview}
          starting={start.isPending}
          onConfirm={() => start.mutate(preview.data.settings)}
        />
      )}
      <ProblemAlert error={start.error} />
    </div>
  );
}

/** Which CSV columns hold the date, amount and merchant, and how the dates are written. */
function ColumnMapping({ value, onChange }: { value: CsvColumns; onChange: (value: CsvColumns) => void }) {
  const set = (name: keyof CsvColumns) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [name]: e.target.value });
  return (
    <fieldset className="plain">
      <legend>CSV columns (header names)</legend>
      <div className="row">
        <Field label="Date column">
          <input value={value.dateColumn} onChange={set('dateColumn')} autoComplete="off" />
        </Field>
        <Field label="Amount column">
          <input value={value.amountColumn} onChange={set('amountColumn')} autoComplete="off" />
        </Field>
        <Field label="Merchant column">
          <input value={value.merchantColumn} onChange={set('merchantColumn')} autoComplete="off" />
        </Field>
        <Field label="Date format" hint="Such as yyyy-MM-dd or dd/MM/yyyy">
          <input value={value.dateFormat} onChange={set('dateFormat')} autoComplete="off" />
        </Field>
      </div>
    </fieldset>
  );
}

/** What the import would do (dryRun), with the lines it could not read, and the confirm button. */
function PreviewCard({
  preview,
  starting,
  onConfirm,
}: {
  preview: ImportPreview;
  starting: boolean;
  onConfirm: () => void;
}) {
  const create = preview.wouldCreate ?? 0;
  return (
    <section className="card stack" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Preview</h3>
      <div role="status">
        <dl className="summary">
          <dt>Lines read</dt>
          <dd>{preview.rows ?? 0}</dd>
          <dt>New expenses</dt>
          <dd>{create}</dd>
          <dt>Duplicates</dt>
          <dd>{preview.duplicates ?? 0}</dd>
          <dt>Inflows skipped</dt>
          <dd>{preview.skipped ?? 0}</dd>
          <dt>Categorized by rules</dt>
          <dd>{preview.categorizedByRules ?? 0}</dd>
          <dt>Lines with errors</dt>
          <dd>{preview.errorCount ?? preview.errors?.length ?? 0}</dd>
        </dl>
      </div>
      <LineErrors errors={preview.errors ?? []} />
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm} disabled={create === 0 || starting}>
          {starting ? 'Starting…' : `Import ${create} expense${create === 1 ? '' : 's'}`}
        </button>
        {create === 0 && <span className="muted small">Nothing new to import.</span>}
      </div>
    </section>
  );
}

function LineErrors({ errors }: { errors: LineError[] }) {
  if (errors.length === 0) {
    return null;
  }
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Lines that could not be read</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${i}`}>
              <td className="num">{e.line}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The import job, re-read every 2 s until DONE or FAILED; DONE refreshes expenses and the dashboard. */
function ImportProgress({ id, onAnother }: { id: string; onAnother: () => void }) {
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ['imports', id],
    queryFn: () => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.status !== 'error' && (query.state.data?.status ?? 'PENDING') === 'PENDING' ? POLL_MS : false,
  });
  const status = job.data?.status;
  const finished = status === 'DONE' || status === 'FAILED' || job.isError;

  useEffect(() => {
    if (status === 'DONE') {
      void queryClient.invalidateQueries({ queryKey: ['expenses'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    }
  }, [status, queryClient]);

  return (
    <section className="card stack" aria-labelledby="progress-heading">
      <h3 id="progress-heading">Import</h3>
      <div role="status">
        {(!status || status === 'PENDING') && !job.isError && <p>Importing… this page updates by itself.</p>}
        {status === 'DONE' && <ImportResult job={job.data} />}
        {status === 'FAILED' && (
          <div className="alert alert-error">
            <p>The import failed{job.data?.failure ? `: ${job.data.failure}` : '.'}</p>
          </div>
        )}
      </div>
      <ProblemAlert error={job.error} />
      {finished && <LineErrors errors={job.data?.errors ?? []} />}
      {finished && (
        <div className="row">
          <button type="button" onClick={onAnother}>
            Import another file
          </button>
        </div>
      )}
    </section>
  );
}

function ImportResult({ job }: { job?: ImportJob }) {
  const created = job?.created ?? 0;
  return (
    <div className="alert alert-ok">
      <p>
        Imported {created} expense{created === 1 ? '' : 's'}.
      </p>
      <p className="small">
        {job?.duplicates ?? 0} duplicates and {job?.skipped ?? 0} inflows skipped, {job?.categorizedByRules ?? 0}{' '}
        categorized by rules, {job?.errorCount ?? 0} lines with errors.
      </p>
    </div>
  );
}
