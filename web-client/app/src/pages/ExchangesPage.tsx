// Exchange accounts: real ones (API credentials, shown only as a masked key) and virtual ones (a price source and
// initial balances); add and delete. Secrets live only in uncontrolled password inputs until sent, never in state.
import { Fragment, useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { ExchangeAccount } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, ListLoading, describe } from '../components/ErrorMessage';
import { FormField } from '../components/FormField';
import { placeError, useFormErrors } from '../components/fieldErrors';
import { formatDateTime } from '../components/format';
import './pages.css';

type Provider = ExchangeAccount['provider'];
const PROVIDERS: { id: Provider; name: string }[] = [
  { id: 'bitfinex', name: 'Bitfinex' }, { id: 'kraken', name: 'Kraken' }, { id: 'kucoin', name: 'KuCoin' },
  { id: 'virtual', name: 'Virtual (paper trading)' },
];
const REAL = PROVIDERS.filter((p) => p.id !== 'virtual');

function providerName(id: string): string {
  return id === 'virtual' ? 'Virtual' : (PROVIDERS.find((p) => p.id === id)?.name ?? id);
}

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

export function ExchangesPage() {
  const [accounts, setAccounts] = useState<ExchangeAccount[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ExchangeAccount | null>(null);
  const [status, setStatus] = useState('');
  /** Real accounts whose balances are shown (asked from the exchange when opened). */
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) => setOpen((ids) => {
    const next = new Set(ids);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  const load = useCallback(() => {
    setLoadError(null);
    api.get<ExchangeAccount[]>('/api/exchanges').then(
      (list) => setAccounts([...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
      (error) => setLoadError(describe(error)),
    );
  }, []);
  useEffect(load, [load]);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Exchange accounts</h1>
          <p className="muted">
            The accounts your bots trade on: a real exchange through its API keys, or a virtual account that trades
            on a real exchange's prices with simulated balances.
          </p>
        </div>
        {accounts && accounts.length > 0 && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>Add exchange account</button>
        )}
      </div>
      <p className="status-message" role="status">{status}</p>
      <ListLoading what="exchange accounts" loaded={accounts !== null} error={loadError} onRetry={load} />
      {accounts && accounts.length === 0 && (
        <section className="empty-state" aria-labelledby="no-exchanges">
          <div className="empty-icon" aria-hidden="true">⇄</div>
          <h2 id="no-exchanges">No exchange accounts yet</h2>
          <p className="muted">
            Connect Bitfinex, Kraken or KuCoin with an API key, or add a virtual account to paper-trade on live prices.
          </p>
          <button type="button" className="primary" onClick={() => setAdding(true)}>Add exchange account</button>
        </section>
      )}
      {accounts && accounts.length > 0 && (
        <div className="table-panel">
          <table className="data-table">
            <caption className="visually-hidden">Your exchange accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Provider</th>
                <th scope="col">Key / prices and balances</th>
                <th scope="col">Created</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <Fragment key={account.id}>
                <tr>
                  <th scope="row" className="name-cell">{account.name}</th>
                  <td><span className={'provider-badge provider-' + account.provider}>{providerName(account.provider)}</span></td>
                  <td>
                    {account.provider === 'virtual' ? (
                      <span>
                        Prices from {providerName(account.priceSource ?? '')}
                        <span className="balances">
                          {Object.entries(account.initialBalances ?? {}).map(([asset, amount]) => (
                            <span key={asset} className="balance-chip">{amountFormat.format(amount)} {asset}</span>
                          ))}
                        </span>
                      </span>
                    ) : (
                      <span>API key <code className="masked-key">{account.maskedKey}</code></span>
                    )}
                  </td>
                  <td className="muted"><time dateTime={account.createdAt}>{formatDateTime(account.createdAt)}</time></td>
                  <td className="actions-cell">
                    {account.provider !== 'virtual' && (
                      <button type="button" onClick={() => toggle(account.id)} aria-expanded={open.has(account.id)}
                        aria-controls={'balances-' + account.id} aria-label={`Balances of ${account.name}`}>
                        {open.has(account.id) ? 'Hide balances' : 'Balances'}
                      </button>
                    )}
                    <button type="button" className="danger" onClick={() => setDeleting(account)}
                      aria-label={`Delete ${account.name}`}>Delete</button>
                  </td>
                </tr>
                {open.has(account.id) && (
                  <tr className="balances-row" id={'balances-' + account.id}>
                    <td colSpan={5}><ExchangeBalances account={account} /></td>
                  </tr>
                )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <AddExchangeDialog onClose={() => setAdding(false)} onAdded={(added) => {
          setAccounts((list) => [...(list ?? []), added]);
          setStatus(`Added “${added.name}”.`);
          setAdding(false);
        }} />
      )}
      {deleting && (
        <ConfirmDialog title="Delete exchange account?" danger confirmLabel="Delete exchange account"
          onClose={() => setDeleting(null)}
          message={<p>“{deleting.name}” will be removed from AWS Trader{deleting.provider === 'virtual' ? ''
            : ', with its stored API credentials (the keys themselves stay valid on the exchange)'}. This cannot be undone.</p>}
          onConfirm={async () => {
            await api.delete('/api/exchanges/' + encodeURIComponent(deleting.id));
            setAccounts((list) => list && list.filter((a) => a.id !== deleting.id));
            setStatus(`Deleted “${deleting.name}”.`);
          }} />
      )}
    </div>
  );
}

/** GET /api/exchanges/{id}/balances: one asset of a real account, as the exchange reports it. */
interface ExchangeBalance { asset: string; free: number; total: number }

/** A real account's balances, asked from the exchange when shown (and again on Refresh). */
function ExchangeBalances({ account }: { account: ExchangeAccount }) {
  const [balances, setBalances] = useState<ExchangeBalance[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [askedAt, setAskedAt] = useState<Date | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.get<ExchangeBalance[]>('/api/exchanges/' + encodeURIComponent(account.id) + '/balances').then(
      (list) => { setBalances(list); setAskedAt(new Date()); },
      (e) => setError(describe(e)),
    ).finally(() => setLoading(false));
  }, [account.id]);
  useEffect(load, [load]);

  const held = (balances ?? []).filter((b) => b.total !== 0).sort((a, b) => a.asset.localeCompare(b.asset));
  const empty = (balances?.length ?? 0) - held.length;
  const name = providerName(account.provider);
  return (
    <section className="exchange-balances" aria-label={`Balances of ${account.name}`} aria-busy={loading}>
      <div className="exchange-balances-header">
        <h2>Balances at {name}</h2>
        {askedAt && <span className="muted">as of {askedAt.toLocaleTimeString('en-GB')}</span>}
        <button type="button" onClick={load} disabled={loading}>{loading ? 'Asking…' : 'Refresh'}</button>
      </div>
      {error && <ErrorMessage error={`${name} did not give the balances: ${error}`} />}
      {!balances && !error && <p className="muted" role="status">Asking {name} for the balances…</p>}
      {balances && held.length === 0 && <p className="muted">No assets held on this account.</p>}
      {balances && held.length > 0 && (
        <table className="data-table balances-table">
          <caption className="visually-hidden">Balances of {account.name}</caption>
          <thead>
            <tr><th scope="col">Asset</th><th scope="col" className="num">Available</th>
              <th scope="col" className="num">In orders</th><th scope="col" className="num">Total</th></tr>
          </thead>
          <tbody>
            {held.map((b) => (
              <tr key={b.asset}>
                <th scope="row">{b.asset}</th>
                <td className="num">{amountFormat.format(b.free)}</td>
                <td className="num">{amountFormat.format(b.total - b.free)}</td>
                <td className="num">{amountFormat.format(b.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {empty > 0 && <p className="muted">{empty} more {empty === 1 ? 'asset' : 'assets'} with a zero balance.</p>}
    </section>
  );
}

interface BalanceRow { key: number; asset: string; amount: string }

const LABELS: Record<string, string> = {
  name: 'Name', provider: 'Provider', credentials: 'Credentials', 'credentials.apiKey': 'API key',
  'credentials.apiSecret': 'API secret', 'credentials.passphrase': 'API passphrase', priceSource: 'Price source',
  initialBalances: 'Initial balances',
};

function AddExchangeDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (account: ExchangeAccount) => void }) {
  const formId = useId();
  const [name, setName] = useState('');
  const [provider, setProvider] = useState<Provider>('bitfinex');
  const [priceSource, setPriceSource] = useState('bitfinex');
  const [rows, setRows] = useState<BalanceRow[]>([{ key: 1, asset: 'USD', amount: '10000' }]);
  const nextKey = useRef(2);
  // field name (the server's, e.g. "credentials.apiKey", or "initialBalances.<row key>.amount") → message
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const virtual = provider === 'virtual';

  const focusField = (field: string) => {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus());
  };
  const { errors, formError, fail, clear } = useFormErrors(focusField);

  const addRow = () => {
    const key = nextKey.current++;
    setRows((list) => [...list, { key, asset: '', amount: '' }]);
    focusField(`row-${key}-asset`);
  };
  const removeRow = (key: number) => {
    const index = rows.findIndex((r) => r.key === key);
    setRows((list) => list.filter((r) => r.key !== key));
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusField(neighbour ? `row-${neighbour.key}-asset` : 'add-asset');
  };
  const updateRow = (key: number, change: Partial<BalanceRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') return fail('name', 'Give the account a name, e.g. “Main Bitfinex”.');
    const body: Record<string, unknown> = { name: name.trim(), provider };
    if (virtual) {
      body.priceSource = priceSource;
      const balances: Record<string, number> = {};
      for (const row of rows) {
        const asset = row.asset.trim();
        if (asset === '') return fail(`row-${row.key}-asset`, 'Enter an asset such as USD or BTC.');
        if (asset in balances) return fail(`row-${row.key}-asset`, `${asset} is listed twice.`);
        const text = row.amount.trim().replace(/[,_\s]/g, ''); // "10,000" and "10 000" are 10000
        const amount = Number(text);
        if (text === '' || !Number.isFinite(amount)) return fail(`row-${row.key}-amount`, 'Enter a number, e.g. 1000.');
        balances[asset] = amount;
      }
      if (rows.length === 0) return fail('initialBalances', 'Add at least one asset, e.g. 10000 USD.');
      body.initialBalances = balances;
    } else {
      // read the secrets from the inputs only now: they are never kept in React state (nor in the page's HTML)
      const data = new FormData(form.current!);
      const credentials: Record<string, string> = {
        apiKey: String(data.get('apiKey') ?? ''), apiSecret: String(data.get('apiSecret') ?? ''),
      };
      if (provider === 'kucoin') credentials.passphrase = String(data.get('passphrase') ?? '');
      for (const [field, value] of Object.entries(credentials)) {
        if (value === '') return fail('credentials.' + field, LABELS['credentials.' + field] + ' is required.');
      }
      body.credentials = credentials;
    }
    setBusy(true);
    clear();
    try {
      onAdded(await api.post<ExchangeAccount>('/api/exchanges', body));
    } catch (error) {
      // "initialBalances.BTC" names a row by its asset
      const placed = placeError(error, { ...LABELS, ...balanceLabels(rows) });
      const row = placed.field?.startsWith('initialBalances.')
        ? rows.find((r) => 'initialBalances.' + r.asset.trim() === placed.field) : undefined;
      if (row) {
        fail(`row-${row.key}-${/asset/i.test(placed.message) ? 'asset' : 'amount'}`, placed.message);
      } else {
        fail(placed.field, placed.message);
      }
      setBusy(false);
    }
  };

  const error = (field: string) => errors[field] ?? null;
  const fieldProps = (field: string) => ({ error: error(field), 'data-field': field });

  return (
    <Dialog title="Add exchange account" onClose={onClose} wide footer={
      <>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" form={formId} className="primary" aria-disabled={busy}>{busy ? 'Adding…' : 'Add account'}</button>
      </>
    }>
      <form id={formId} ref={form} onSubmit={submit} noValidate autoComplete="off">
        <div className="field-row">
          <FormField label="Name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)}
            placeholder={virtual ? 'Paper BTC' : 'Main ' + providerName(provider)} data-autofocus {...fieldProps('name')} />
          <FormField label="Provider" error={error('provider')}>
            <select value={provider} data-field="provider" onChange={(e) => { setProvider(e.target.value as Provider); clear(); }}>
              {PROVIDERS.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </FormField>
        </div>
        {!virtual && (
          <div className="credentials" key={provider}>
            <p className="muted small">
              Create an API key on {providerName(provider)} with trading permission and <strong>without</strong> withdrawal
              permission. The credentials are stored encrypted; afterwards only the key's first and last characters show.
            </p>
            <FormField label="API key" name="apiKey" autoComplete="off" spellCheck={false} {...fieldProps('credentials.apiKey')} />
            <FormField label="API secret" name="apiSecret" type="password" autoComplete="new-password"
              {...fieldProps('credentials.apiSecret')} />
            {provider === 'kucoin' && (
              <FormField label="API passphrase" name="passphrase" type="password" autoComplete="new-password"
                hint="The passphrase you chose when creating the KuCoin API key." {...fieldProps('credentials.passphrase')} />
            )}
            <ErrorMessage error={error('credentials')} />
          </div>
        )}
        {virtual && (
          <>
            <FormField label="Price source" error={error('priceSource')}
              hint="The exchange whose prices the virtual account trades on.">
              <select value={priceSource} data-field="priceSource" onChange={(e) => setPriceSource(e.target.value)}>
                {REAL.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </FormField>
            <fieldset className="balances-fieldset">
              <legend>Initial balances</legend>
              {rows.map((row, index) => (
                <div className="balance-row" key={row.key}>
                  <FormField label={`Asset ${index + 1}`} value={row.asset} maxLength={16} spellCheck={false}
                    className="asset-field" placeholder="USD"
                    onChange={(e) => updateRow(row.key, { asset: e.target.value.toUpperCase() })}
                    {...fieldProps(`row-${row.key}-asset`)} />
                  <FormField label={`Amount ${index + 1}`} value={row.amount} inputMode="decimal" className="amount-field"
                    placeholder="0" onChange={(e) => updateRow(row.key, { amount: e.target.value })}
                    {...fieldProps(`row-${row.key}-amount`)} />
                  <button type="button" className="remove-row" onClick={() => removeRow(row.key)}
                    aria-label={`Remove ${row.asset || 'asset ' + (index + 1)}`} disabled={rows.length === 1}>Remove</button>
                </div>
              ))}
              <button type="button" data-field="add-asset" onClick={addRow} disabled={rows.length >= 50}>Add asset</button>
              <ErrorMessage error={error('initialBalances')} />
            </fieldset>
          </>
        )}
        <ErrorMessage error={formError} />
      </form>
    </Dialog>
  );
}

function balanceLabels(rows: BalanceRow[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const row of rows) labels['initialBalances.' + row.asset.trim()] = row.asset.trim();
  return labels;
}
