// The results' charts (lightweight-charts, canvas): equity against buy-and-hold, and one candle chart per pair with
// fills as markers and the bot's plots. Each candle chart's container carries data-marker-count (its fill markers).
import { useEffect, useRef } from 'react';
import {
  CandlestickSeries, ColorType, createChart, createSeriesMarkers, LineSeries,
  type IChartApi, type SeriesMarker, type Time, type UTCTimestamp,
} from 'lightweight-charts';
import type { CandleColumns } from '../api/types';
import type { BacktestResult, PlotMark } from './result';

const THEME = {
  layout: { background: { type: ColorType.Solid, color: '#161c2b' }, textColor: '#98a2b8', fontSize: 12,
    attributionLogo: false },
  grid: { vertLines: { color: '#1f273a' }, horzLines: { color: '#1f273a' } },
  rightPriceScale: { borderColor: '#2a3349' },
  timeScale: { borderColor: '#2a3349', timeVisible: true, secondsVisible: false, minBarSpacing: 0.01 },
  crosshair: { mode: 0 },
};
const PALETTE = ['#f0b429', '#4c8dff', '#c678dd', '#56b6c2', '#e06c75', '#98c379', '#d19a66', '#61afef'];

const sec = (ms: number) => Math.floor(ms / 1000) as UTCTimestamp;

function useChart(height: number, build: (chart: IChartApi) => boolean | void, deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // An explicit size (autoSize would size the chart after fitContent ran), kept in step with the container.
    const chart = createChart(el, { ...THEME, height, width: el.clientWidth || 600 });
    if (build(chart) !== true) chart.timeScale().fitContent();
    const resize = new ResizeObserver(() => {
      if (el.clientWidth > 0) chart.resize(el.clientWidth, height);
    });
    resize.observe(el);
    el.dataset.drawn = 'true'; // tests wait for it: the canvas is otherwise opaque
    return () => {
      resize.disconnect();
      delete el.dataset.drawn;
      chart.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return ref;
}

/** Several curves on one chart (equity, buy-and-hold), each [time ms, value] ascending. */
export function LineChart({ lines, label, height = 260 }: {
  lines: { name: string; color: string; points: [number, number][] }[]; label: string; height?: number;
}) {
  const ref = useChart(height, (chart) => {
    for (const line of lines) {
      const series = chart.addSeries(LineSeries, { color: line.color, lineWidth: 2, title: line.name,
        priceLineVisible: false });
      series.setData(dedupe(line.points).map(([t, v]) => ({ time: sec(t) as Time, value: v })));
    }
  }, [lines]);
  return (
    <figure className="bt-chart">
      <div ref={ref} role="img" aria-label={label} style={{ height }} />
      <figcaption className="bt-legend">
        {lines.map((l) => <span key={l.name}><i style={{ background: l.color }} />{l.name}</span>)}
      </figcaption>
    </figure>
  );
}

/** Keeps the last value of each time (charts need strictly ascending times). */
function dedupe(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    if (out.length > 0 && out[out.length - 1][0] === p[0]) out[out.length - 1] = p;
    else if (out.length === 0 || out[out.length - 1][0] < p[0]) out.push(p);
  }
  return out;
}

/** The open time of the candle at or before t (fills are marked on the candle they happened in). */
function snap(times: number[], t: number): number {
  let lo = 0, hi = times.length - 1, found = times[0];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) { found = times[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The fills of a pair: completed orders, at their close time and executed price. */
export function fillsOf(result: BacktestResult, pair: string) {
  return result.orders.filter((o) => o.pair === pair && o.status === 'completed' && o.closedAt !== null);
}

/** A pair's candles, its fills as arrows and the bot's plots (chart 'main' over the candles, others in panes). */
export function CandleChart({ pair, candles, result, height = 420 }: {
  pair: string; candles: CandleColumns; result: BacktestResult; height?: number;
}) {
  const fills = fillsOf(result, pair);
  const plots = result.plots.filter((p) => p.pair === pair);
  const panes = [...new Set(plots.filter((p) => p.chart !== 'main').map((p) => p.chart))];
  const ref = useChart(height + panes.length * 120, (chart) => {
    const main = chart.addSeries(CandlestickSeries, {
      upColor: '#26a69a', downColor: '#ef5350', borderVisible: false, wickUpColor: '#26a69a', wickDownColor: '#ef5350',
    });
    const t = candles.time;
    const data = new Array(t.length);
    for (let i = 0; i < t.length; i++) {
      data[i] = { time: sec(t[i]), open: candles.open[i], high: candles.high[i], low: candles.low[i], close: candles.close[i] };
    }
    main.setData(data);
    const markers: SeriesMarker<Time>[] = fills.map((o) => ({
      time: sec(snap(t, o.closedAt!)) as Time,
      position: o.direction === 'buy' ? 'belowBar' : 'aboveBar',
      shape: o.direction === 'buy' ? 'arrowUp' : 'arrowDown',
      color: o.direction === 'buy' ? '#26a69a' : '#ef5350',
      text: fills.length <= 40 ? (o.direction === 'buy' ? 'Buy ' : 'Sell ') + (o.executedPrice ?? 0).toFixed(2) : undefined,
      id: o.id,
    }));
    // The bot's series: one line per chart and name; points are markers on their chart's first line or the candles.
    const byName = new Map<string, PlotMark[]>();
    const points: PlotMark[] = [];
    for (const p of plots) {
      if (p.kind === 'point') { points.push(p); continue; }
      const key = p.chart + '\u0000' + p.name;
      if (!byName.has(key)) byName.set(key, []);
      byName.get(key)!.push(p);
    }
    let color = 0;
    for (const [key, marks] of byName) {
      const [chartName, name] = key.split('\u0000');
      const pane = chartName === 'main' ? 0 : panes.indexOf(chartName) + 1;
      const line = chart.addSeries(LineSeries, { color: PALETTE[color++ % PALETTE.length], lineWidth: 1, title: name,
        priceLineVisible: false, lastValueVisible: false }, pane);
      line.setData(dedupe(marks.map((m) => [m.time, m.value] as [number, number]))
        .map(([tt, v]) => ({ time: sec(tt) as Time, value: v })));
    }
    for (const p of points) {
      markers.push({ time: sec(snap(t, p.time)) as Time, position: 'inBar', shape: 'circle',
        color: PALETTE[color++ % PALETTE.length], text: p.name });
    }
    markers.sort((a, b) => (a.time as number) - (b.time as number));
    createSeriesMarkers(main, markers);
    panes.forEach((_, i) => chart.panes()[i + 1]?.setHeight(120));
    // The warm-up candles before the first step stay scrollable; the view opens on the backtest's period.
    if (result.equity.length > 1) {
      chart.timeScale().setVisibleRange({ from: sec(result.equity[0][0]) as Time,
        to: sec(result.equity[result.equity.length - 1][0]) as Time });
      return true;
    }
    return false;
  }, [candles, result, pair]);
  return (
    <figure className="bt-chart">
      <figcaption className="bt-chart-title">{pair} · {fills.length} fills</figcaption>
      <div ref={ref} data-marker-count={fills.length} data-pair={pair} role="img"
        aria-label={`${pair} candles with ${fills.length} fills`} style={{ height: height + panes.length * 120 }} />
    </figure>
  );
}
