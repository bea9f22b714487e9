// Deploys a bot version: a dialog pre-filled from the backtest form (pairs, interval, fees, slippage, warm-up, the
// bot's config values) with an exchange account to run on (virtual ones first, then real ones) and a name. The
// server locks the version; on success the app goes to the deployment's page.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { ExchangeAccount, Version } from '../api/types';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, describe } from '../components/ErrorMessage';
import { FormField } from '../components/FormField';
import { placeError, useFormErrors } from '../components/fieldErrors';
import { INTERVALS, SettingsError, tradingSettings, type Row, type TradingForm } from '../backtest/settings';
import { href, navigate } from '../router';
import { createDeployment } from './deployments';
import './deploy.css';

/** The server's field names → the dialog's labels (the dialog's own fields are named as the server names them). */
const LABELS: Record<string, string> = {
  name: 'Name', exchangeId: 'Exchange account', pairs: 'Pairs', interval: 'Interval', fees: 'Fees',
  slippage: 'Slippage', warmup: 'Warm-up', config: 'Config values',
};

/** The server checks settings as one field ("settings"): its message names the setting at fault. */
function settingField(message: string): string | null {
  const named = /\b(fees|slippage|warmup|warm-up|config)\b/i.exec(message);
  return named ? (named[1].toLowerCase() === 'warm-up' ? 'warmup' : named[1].toLowerCase()) : null;
}

export function DeployDialog({ botId, botName, version, settings, prepare, onClose }: {
  botId: string; botName: string; version: string;
  /** The backtest form's settings, and the exchange whose candles it backtests on. */
  settings: TradingForm & { exchange: string };
  /** Saves unsaved edits first; the version to deploy, or null when it could not be saved. */
  prepare: () => Promise<Version | null>;
  onClose: () => void;
}) {
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [accounts, setAccounts] = useState<ExchangeAccount[] | null>(null);
  const [accountsError, setAccountsError] = useState<string | null>(null);
  const [values, setValues] = useState({
    name: `${botName} ${version} · ${settings.pairs.trim()} ${settings.interval}`.slice(0, 100),
    exchangeId: '', pairs: settings.pairs, interval: settings.interval, fees: settings.fees,
    slippage: settings.slippage, warmup: settings.warmup,
  });
  const [config, setConfig] = useState<Row[]>(settings.config.filter((r) => r.key.trim() !== '' || r.value !== ''));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get<ExchangeAccount[]>('/api/exchanges').then((list) => {
      // paper accounts first (the default), then real ones: a deployment on a real account trades real funds
      const sorted = [...list].sort((a, b) => Number(a.provider !== 'virtual') - Number(b.provider !== 'virtual')
        || a.createdAt.localeCompare(b.createdAt));
      setAccounts(sorted);
      setValues((v) => v.exchangeId === '' && sorted.length > 0 ? { ...v, exchangeId: sorted[0].id } : v);
    }, (e) => setAccountsError(describe(e)));
  }, []);

  const update = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const { errors, formError, fail, clear } = useFormErrors((field) =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus()));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (values.name.trim() === '') return fail('name', 'Give the deployment a name.');
    if (values.exchangeId === '') return fail('exchangeId', 'Choose the exchange account to trade on.');
    let checked;
    try {
      checked = tradingSettings({ ...values, config });
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      // config rows are named config-key-N / config-value-N as in the backtest form
      return fail(e.field, e.message);
    }
    setBusy(true);
    clear();
    try {
      const toDeploy = await prepare();
      if (!toDeploy) throw new Error(`version ${version} could not be saved: see the message above the editor`);
      if (!toDeploy.javascript) throw new Error(`version ${toDeploy.number} does not compile: fix its problems first`);
      const created = await createDeployment({
        name: values.name.trim(), botId, version: toDeploy.number, exchangeId: values.exchangeId,
        pairs: checked.pairs, interval: checked.interval,
        settings: { fees: checked.fees, slippage: checked.slippage, warmup: checked.warmup, config: checked.config },
      });
      onClose();
      navigate('/deployments/' + encodeURIComponent(created.id));
    } catch (error) {
      const placed = placeError(error, LABELS, (e) => e.field === 'settings' ? settingField(e.message) : null);
      fail(placed.field, placed.message);
      setBusy(false);
    }
  };

  const fieldProps = (field: string) => ({ error: errors[field] ?? null, 'data-field': field });
  const noAccounts = accounts !== null && accounts.length === 0;
  const chosen = accounts?.find((a) => a.id === values.exchangeId);
  const venue = chosen?.provider === 'virtual' ? chosen.priceSource : chosen?.provider;
  const otherPrices = venue && venue !== settings.exchange
    ? ` It trades on ${venue} prices; your backtest settings use ${settings.exchange}'s candles.` : '';
  const accountHint = chosen && chosen.provider !== 'virtual'
    ? `A real account: the bot's orders go to ${chosen.provider} with your API key and trade real funds.`
    : "A virtual account: simulated balances on a real exchange's prices.";

  return (
    <Dialog title={`Deploy version ${version}`} onClose={onClose} wide
      description={<p>Runs version {version} at every candle close on an exchange account: a virtual (paper) one
        starts from its balances, a real one trades its funds. Deploying locks the version: later changes go into a
        new version.</p>}
      footer={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" form={formId} className="primary" aria-disabled={busy || noAccounts}
            disabled={noAccounts}>{busy ? 'Deploying…' : 'Deploy'}</button>
        </>
      }>
      <form id={formId} ref={form} onSubmit={submit} noValidate autoComplete="off" className="deploy-form">
        <ErrorMessage error={formError} />
        <FormField label="Name" value={values.name} maxLength={100} data-autofocus
          onChange={(e) => update({ name: e.target.value })} {...fieldProps('name')} />
        {accountsError && <ErrorMessage error={'Your exchange accounts could not be loaded: ' + accountsError} />}
        {accounts === null && !accountsError && <p className="muted" role="status">Loading your exchange accounts…</p>}
        {noAccounts && (
          <div className="deploy-no-account" role="note">
            <p>Deployments run on a virtual (paper) account, and you have none yet.</p>
            <a href={href('/exchanges')} onClick={onClose}>Create a virtual account</a>
          </div>
        )}
        {accounts !== null && accounts.length > 0 && (
          <FormField label="Exchange account"
            hint={accountHint + otherPrices}
            {...fieldProps('exchangeId')}>
            <select value={values.exchangeId} data-field="exchangeId" onChange={(e) => update({ exchangeId: e.target.value })}>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.provider === 'virtual'
                    ? `${a.name} — paper, ${a.priceSource} prices, ${Object.entries(a.initialBalances ?? {}).map(([k, v]) => `${v} ${k}`).join(', ')}`
                    : `${a.name} — ${a.provider}, real funds`}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <div className="field-row">
          <FormField label="Pairs" hint="Comma-separated, one quote asset, e.g. BTC/USD, ETH/USD." value={values.pairs}
            onChange={(e) => update({ pairs: e.target.value })} {...fieldProps('pairs')} />
          <FormField label="Interval" hint="A tick runs at every candle close." {...fieldProps('interval')}>
            <select value={values.interval} data-field="interval" onChange={(e) => update({ interval: e.target.value })}>
              {INTERVALS.map((i) => <option key={i} value={i}>{i}</option>)}
            </select>
          </FormField>
        </div>
        <div className="field-row field-row-3">
          <FormField label="Fees" hint="A fraction: 0.002 is 0.2 %." inputMode="decimal" value={values.fees}
            onChange={(e) => update({ fees: e.target.value })} {...fieldProps('fees')} />
          <FormField label="Slippage" hint="A fraction of the price." inputMode="decimal" value={values.slippage}
            onChange={(e) => update({ slippage: e.target.value })} {...fieldProps('slippage')} />
          <FormField label="Warm-up" hint="Candles the bot sees each tick." inputMode="numeric" value={values.warmup}
            onChange={(e) => update({ warmup: e.target.value })} {...fieldProps('warmup')} />
        </div>
        <fieldset className="deploy-config" data-field="config" tabIndex={-1}>
          <legend>Config values (input.config)</legend>
          {config.length === 0 && <p className="muted">None: the bot uses its defaults.</p>}
          {config.map((row, i) => (
            <div className="deploy-config-row" key={i}>
              <FormField label={`Key ${i + 1}`} value={row.key} {...fieldProps('config-key-' + i)}
                onChange={(e) => setConfig((rows) => rows.map((r, j) => j === i ? { ...r, key: e.target.value } : r))} />
              <FormField label={`Value ${i + 1}`} value={row.value} {...fieldProps('config-value-' + i)}
                onChange={(e) => setConfig((rows) => rows.map((r, j) => j === i ? { ...r, value: e.target.value } : r))} />
              <button type="button" className="remove-row" aria-label={`Remove config value ${i + 1}`}
                onClick={() => setConfig((rows) => rows.filter((_, j) => j !== i))}>×</button>
            </div>
          ))}
          {errors.config && <div className="field-error"><span aria-hidden="true">⚠ </span>{errors.config}</div>}
          <button type="button" onClick={() => setConfig((rows) => [...rows, { key: '', value: '' }])}>Add config value</button>
        </fieldset>
      </form>
    </Dialog>
  );
}
