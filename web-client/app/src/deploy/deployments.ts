// Deployments on the server (server/.../DeploymentsApi): create, list, get with the result so far, stop, resume,
// move to another version, run one tick now, delete; and how a deployment's status and ticks read for people.
import { api } from '../api/client';
import type { Deployment, TickAnswer } from '../api/types';
import type { BacktestResult } from '../backtest/result';

const base = '/api/deployments';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** A new deployment as POST /api/deployments takes it; `settings` holds fees, slippage, warmup, seed, config. */
export interface NewDeployment {
  name: string; botId: string; version: string; exchangeId: string; pairs: string[]; interval: string;
  settings: Record<string, unknown>;
}

/** A deployment with its result so far in a backtest's result form (null before its first tick). */
export interface DeploymentDetail { deployment: Deployment; result: BacktestResult | null }

export const createDeployment = (spec: NewDeployment) => api.post<Deployment>(base, spec);
export const listDeployments = () => api.get<Deployment[]>(base);
export const getDeployment = (id: string) => api.get<DeploymentDetail>(one(id));
export const stopDeployment = (id: string) => api.post<Deployment>(one(id) + '/stop');
export const resumeDeployment = (id: string) => api.post<Deployment>(one(id) + '/resume');
export const tickDeployment = (id: string) => api.post<TickAnswer>(one(id) + '/tick');
export const moveDeployment = (id: string, version: string, freshState: boolean) =>
  api.post<Deployment>(one(id) + '/version', { version, freshState });
/** Deletes a deployment; on a real account the server first cancels its open orders there unless told not to. */
export const deleteDeployment = (id: string, cancelOrders = true) =>
  api.delete(one(id) + '?cancelOrders=' + String(cancelOrders));

/** Running, stopped by its owner, or paused by the runtime (too many bot errors in a row; the reason says so). */
export type DeploymentStatus = 'running' | 'stopped' | 'paused';

export function statusOf(d: Deployment): DeploymentStatus {
  if (d.active) return 'running';
  return d.pausedReason ? 'paused' : 'stopped';
}

export const STATUS_LABEL: Record<DeploymentStatus, string> = { running: 'Running', stopped: 'Stopped', paused: 'Paused' };

/** What a tick run on request did, in a sentence. */
export function describeTick(t: TickAnswer, candleClose: (ms: number) => string): string {
  switch (t.result) {
    case 'applied': {
      const orders = t.ordersPlaced === 1 ? '1 order placed' : `${t.ordersPlaced} orders placed`;
      const skipped = t.skipped > 0 ? `, ${t.skipped} missed candle${t.skipped === 1 ? '' : 's'} skipped` : '';
      const error = t.botError ? `; the bot failed: ${t.message ?? 'no message'}` : '';
      const paused = t.paused ? ' The deployment is paused after too many bot errors in a row.' : '';
      return `Ticked on the candle closing ${candleClose(t.tickKey)}: ${orders}${skipped}${error}.${paused}`;
    }
    case 'duplicate':
      return `The candle closing ${candleClose(t.tickKey)} was already acted on: nothing done (one tick per candle; `
        + 'the next one closes at the next interval).';
    case 'no_candle':
      return 'No closed candle to act on yet: ' + (t.message ?? 'the price source has none for this interval.');
    case 'inactive':
      return 'The deployment is not running: nothing done.';
    case 'exchange_error':
      return 'The exchange did not answer as needed: ' + (t.message ?? 'no message')
        + '. Nothing of the deployment changed; the next tick tries again.';
    case 'in_flight':
      return 'An earlier tick is still placing its orders (or died doing so; it is recovered after 10 minutes): '
        + 'nothing done.';
    default:
      return 'The tick failed: ' + (t.message ?? 'no reason given') + '. Nothing was lost; try again.';
  }
}
