// A deployment's status as a badge: running, stopped, or paused (by the runtime, after bot errors in a row).
import type { Deployment } from '../api/types';
import { STATUS_LABEL, statusOf } from './deployments';
import './deploy.css';

export function StatusBadge({ deployment }: { deployment: Deployment }) {
  const status = statusOf(deployment);
  return <span className={'status-badge status-' + status} data-status={status}>{STATUS_LABEL[status]}</span>;
}
