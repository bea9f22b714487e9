// GET /api/samples: the bundled sample bots a new bot can start from (POST /api/bots {name, source}).
import { api } from './client';

/** A sample bot: id and name (its file name, e.g. "sma-cross"), a one-line description, its TypeScript source. */
export interface Sample { id: string; name: string; description: string; source: string }

let cached: Promise<Sample[]> | null = null;

/** The samples, fetched once per page load (a failed fetch is retried next time). */
export function loadSamples(): Promise<Sample[]> {
  if (!cached) {
    cached = api.get<Sample[]>('/api/samples');
    cached.catch(() => { cached = null; });
  }
  return cached;
}
