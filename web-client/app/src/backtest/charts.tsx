// The results' charts (lightweight-charts, canvas), laid out as a trading terminal: one chart per pair with the
// candles and the bot's unnamed plots on the price pane, one pane per chart the bot names (own scale, one time axis,
// one crosshair), a legend per pane with the values under the crosshair, fills as markers that merge when zoomed out
// (details on hover), and the equity curve against buy-and-hold. Each candle chart's container carries
// data-marker-count (its fills), data-panes, data-price-plots and data-drawn for the tests.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import {
  CandlestickSeries, ColorType, createChart, createSeriesMarkers, LineSeries, LineStyle,
  type IChartApi, type ISeriesApi, type ISeriesMarkersPluginApi, type LogicalRange, type MouseEventParams,
  type SeriesMarker, type SeriesType, type Time, type UTCTimestamp,
} from 'lightweight-charts';
import type { CandleColumns } from '../api/types';
import type { BacktestResult, Order, PlotMark } from './result';
import { formatNumber, formatTime } from './format';

const THEME = {
  layout: { background: { type: ColorType.Solid, color: '#161c2b' }, textColor: '#98a2b8', fontSize: 12,
    attributionLogo: false, panes: { separatorColor: '#2a3349', separatorHoverColor: '#4c8dff', enableResize: true } },
  grid: { vertLines: { color: '#1f273a' }, horzLines: { color: '#1f273a' } },
  rightPriceScale: { borderColor: '#2a3349', scaleMargins: { top: 0.12, bottom: 0.08 } },
  timeScale: { borderColor: '#2a3349', timeVisible: true, secondsVisible: false, minBarSpacing: 0.01 },
  crosshair: { mode: 0 },
};
const PALETTE = ['#f0b429', '#4c8dff', '#c678dd', '#56b6c2', '#e06c75', '#98c379', '#d19a66', '#61afef'];
const BUY = '#26a69a';
const SELL = '#ef5350';
/** Height of the price pane and the least height of a named chart's pane, in CSS pixels. */
const PRICE_PANE = 380;
const CHART_PANE = 150;
/** Markers closer than this (pixels) merge into one: 800 fills stay readable at full range. */
const MARKER_GAP = 18;
/** Below this many markers in view, each names its side and price (or its count of merged fills); above, none do. */
const LABELLED_MARKERS = 24;
/** A point series with more values than this is drawn as a dotted line rather than dots. */
const DOTS = 400;

/** Plots drawn over the candles: the engine's default chart ("candles", what a plot without a chart name gets) and "main". */
export const onPricePane = (chart: string) => chart === 'candles' || chart === 'main';

const axisFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
const priceText = (p: number) => Math.abs(p) >= 1 ? axisFormat.format(p) : p.toPrecision(4);

const sec = (ms: number) => Math.floor(ms / 1000) as UTCTimestamp;

/** Keeps the last value of each time (charts need strictly ascending times). */
function dedupe(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    if (out.length > 0 && out[out.length - 1][0] === p[0]) out[out.length - 1] = p;
    else if (out.length === 0 || out[out.length - 1][0] < p[0]) out.push(p);
  }
  return out;
}

/** The index of the candle at or before t (fills are marked on the candle they happened in). */
function candleIndex(times: number[], t: number): number {
  let lo = 0, hi = times.length - 1, found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The fills of a pair: completed orders, at their close time and executed price. */
export function fillsOf(result: BacktestResult, pair: string) {
  return result.orders.filter((o) => o.pair === pair && o.status === 'completed' && o.closedAt !== null);
}

function describeFill(o: Order) {
  return `${o.direction === 'buy' ? 'Buy' : 'Sell'} ${formatNumber(o.executedAmount ?? o.amount)} @ ${formatNumber(o.executedPrice)}`
    + ` · ${o.type} · order ${o.id} · ${formatTime(o.closedAt)}`;
}

/** A fill on its candle. */
interface Fill { index: number; order: Order }

/**
 * The fill markers for the visible range: fills within MARKER_GAP pixels of each other merge into one marker per
 * side carrying their count; when few markers are in view each names its side and price.
 */
function fillMarkers(fills: Fill[], times: number[], range: LogicalRange | null, width: number, focus: string | null) {
  const from = range ? Math.max(0, Math.floor(range.from)) : 0;
  const to = range ? Math.ceil(range.to) : times.length;
  const spacing = width / Math.max(1, to - from);
  const bucket = Math.max(1, Math.ceil(MARKER_GAP / spacing));
  const groups = new Map<string, Fill[]>();
  for (const f of fills) {
    const key = Math.floor(f.index / bucket) + f.order.direction;
    const group = groups.get(key);
    if (group) group.push(f); else groups.set(key, [f]);
  }
  let inView = 0;
  for (const g of groups.values()) if (g[0].index >= from && g[0].index <= to) inView++;
  const labelled = inView <= LABELLED_MARKERS;
  const markers: SeriesMarker<Time>[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    const buy = first.order.direction === 'buy';
    const focused = focus !== null && g.some((f) => f.order.id === focus);
    markers.push({
      time: sec(times[first.index]) as Time, position: buy ? 'belowBar' : 'aboveBar',
      shape: buy ? 'arrowUp' : 'arrowDown', color: focused ? '#ffffff' : buy ? BUY : SELL,
      size: focused ? 2 : g.length > 1 ? 1.4 : 1,
      text: !labelled && !focused ? undefined : g.length > 1 ? `${g.length} ${buy ? 'buys' : 'sells'}`
        : `${buy ? 'Buy' : 'Sell'} ${formatNumber(first.order.executedPrice)}`,
      id: first.order.id,
    });
  }
  markers.sort((a, b) => (a.time as number) - (b.time as number));
  return { markers, bucket };
}

/** One legend entry: a series and how its value under the crosshair is written. */
interface LegendEntry { name: string; color: string; series: ISeriesApi<SeriesType>; value: HTMLElement }

/** Builds a pane's legend (name and value of each series) as DOM, updated on crosshair moves without React. */
function legendRow(host: HTMLElement, title: string | null): HTMLDivElement {
  const row = document.createElement('div');
  row.className = 'bt-chart-legend';
  if (title) {
    const t = document.createElement('b');
    t.textContent = title;
    row.append(t);
  }
  host.append(row);
  return row;
}

function legendEntry(row: HTMLElement, name: string, color: string, series: ISeriesApi<SeriesType>): LegendEntry {
  const item = document.createElement('span');
  const swatch = document.createElement('i');
  swatch.style.background = color;
  const value = document.createElement('span');
  value.className = 'bt-legend-value';
  item.append(swatch, document.createTextNode(name + ' '), value);
  row.append(item);
  return { name, color, series, value };
}

/** What a chart can be asked to do from outside (the orders table): show an order's fill. */
export interface ChartHandle { showOrder(order: Order): void }

/** A pair's candles with the bot's plots and fills: the price pane, a pane per named chart, legends, hover details. */
/** `atLeast`: the view opens on at least this many candles up to the last step (a deployment's few ticks). */
export function CandleChart({ pair, candles, result, handle, atLeast = 0 }: {
  pair: string; candles: CandleColumns; result: BacktestResult; handle?: Ref<ChartHandle>; atLeast?: number;
}) {
  const fills = fillsOf(result, pair);
  const plots = result.plots.filter((p) => p.pair === pair);
  const panes = [...new Set(plots.filter((p) => !onPricePane(p.chart)).map((p) => p.chart))];
  const priceNames = [...new Set(plots.filter((p) => onPricePane(p.chart)).map((p) => p.name))];
  const height = PRICE_PANE + panes.length * CHART_PANE;
  const box = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const api = useRef<{ show: (order: Order) => void } | null>(null);

  useImperativeHandle(handle, () => ({
    showOrder(order: Order) {
      api.current?.show(order);
      box.current?.closest('figure')?.scrollIntoView({ block: 'nearest' });
    },
  }), []);

  useEffect(() => {
    const el = box.current;
    const legends = overlay.current;
    const details = detail.current;
    if (!el || !legends || !details) return;
    const chart: IChartApi = createChart(el, { ...THEME, height, width: el.clientWidth || 600 });
    const times = candles.time;
    const candleSeries = chart.addSeries(CandlestickSeries, {
      upColor: BUY, downColor: SELL, borderVisible: false, wickUpColor: BUY, wickDownColor: SELL, priceLineVisible: false,
      // the axis keeps room for the markers under the lows, but never labels a price below zero there
      priceFormat: { type: 'custom', minMove: 0.01, formatter: (p: number) => p < 0 ? '' : priceText(p) },
    });
    const data = new Array(times.length);
    for (let i = 0; i < times.length; i++) {
      data[i] = { time: sec(times[i]), open: candles.open[i], high: candles.high[i], low: candles.low[i], close: candles.close[i] };
    }
    candleSeries.setData(data);

    // legends: the price pane's (pair, OHLC, unnamed plots) and one per named chart
    legends.replaceChildren();
    const rows = [legendRow(legends, pair), ...panes.map((name) => legendRow(legends, name))];
    const ohlc = document.createElement('span');
    ohlc.className = 'bt-legend-value';
    rows[0].append(ohlc);
    const entries: LegendEntry[] = [];

    // the bot's series: a line per chart and name; points as dots without a line (their values show in the legend)
    const groups = new Map<string, { chart: string; name: string; kind: PlotMark['kind']; marks: PlotMark[] }>();
    for (const p of plots) {
      const chartName = onPricePane(p.chart) ? 'candles' : p.chart;
      const key = chartName + '\u0000' + p.name + '\u0000' + p.kind;
      let g = groups.get(key);
      if (!g) groups.set(key, g = { chart: chartName, name: p.name, kind: p.kind, marks: [] });
      g.marks.push(p);
    }
    let color = 0;
    for (const g of groups.values()) {
      const pane = g.chart === 'candles' ? 0 : panes.indexOf(g.chart) + 1;
      const c = PALETTE[color++ % PALETTE.length];
      // sparse points are dots; a point on (nearly) every candle, such as a parabolic SAR, a dotted line
      const point = g.kind === 'point';
      const dots = point && g.marks.length <= DOTS;
      const line = chart.addSeries(LineSeries, {
        color: c, lineWidth: 1, priceLineVisible: false, lastValueVisible: false, crosshairMarkerVisible: !dots,
        lineVisible: !dots, lineStyle: point ? LineStyle.Dotted : LineStyle.Solid,
        pointMarkersVisible: dots, pointMarkersRadius: dots ? 2.5 : undefined,
        // the unnamed plots follow the candles' scale: a stray value (a warm-up 0) must not stretch the price axis
        autoscaleInfoProvider: pane === 0 ? () => null : undefined,
      }, pane);
      line.setData(dedupe(g.marks.map((m) => [point ? times[candleIndex(times, m.time)] : m.time, m.value] as [number, number]))
        .map(([tt, v]) => ({ time: sec(tt) as Time, value: v })));
      entries.push(legendEntry(rows[pane], g.name, c, line));
    }
    // pane heights as shares of the chart's height: the price pane PRICE_PANE, each named chart CHART_PANE
    chart.panes().forEach((p, i) => p.setStretchFactor(i === 0 ? PRICE_PANE / CHART_PANE : 1));

    // fills: markers that merge as the view widens, redrawn when the visible range changes
    const fillAt: Fill[] = fills.map((o) => ({ index: candleIndex(times, o.closedAt!), order: o }));
    const markers: ISeriesMarkersPluginApi<Time> = createSeriesMarkers(candleSeries, []);
    let focus: string | null = null;
    // the fill an order of the table brought into view: described until the pointer points elsewhere
    let focused: { index: number; fills: Fill[] } | null = null;
    let bucket = 1;
    let frame = 0;
    const redraw = () => {
      frame = 0;
      const drawn = fillMarkers(fillAt, times, chart.timeScale().getVisibleLogicalRange(), chart.timeScale().width(), focus);
      bucket = drawn.bucket;
      markers.setMarkers(drawn.markers);
      el.dataset.visibleMarkers = String(drawn.markers.length);
    };
    const scheduleRedraw = () => { if (!frame) frame = requestAnimationFrame(redraw); };
    chart.timeScale().subscribeVisibleLogicalRangeChange(scheduleRedraw);

    // the legends sit at the top of their panes
    const placeLegends = () => {
      const top = el.getBoundingClientRect().top;
      chart.panes().forEach((p, i) => {
        const paneEl = p.getHTMLElement();
        if (rows[i] && paneEl) rows[i].style.top = `${paneEl.getBoundingClientRect().top - top + 4}px`;
      });
    };

    const showValues = (index: number | null, fillsHere: Fill[]) => {
      const i = index ?? times.length - 1;
      if (i >= 0 && i < times.length) {
        ohlc.textContent = `O ${formatNumber(candles.open[i])} H ${formatNumber(candles.high[i])}`
          + ` L ${formatNumber(candles.low[i])} C ${formatNumber(candles.close[i])}`;
      }
      for (const e of entries) {
        const d = index === null ? null : e.series.dataByIndex(index, 0) as { value?: number; time?: Time } | null;
        const v = d && d.time === sec(times[i]) ? d.value : undefined;
        e.value.textContent = v === undefined ? '' : formatNumber(v);
      }
      details.replaceChildren(...fillsHere.slice(0, 6).map((f) => {
        const line = document.createElement('div');
        line.className = f.order.direction;
        line.textContent = describeFill(f.order);
        return line;
      }));
      if (fillsHere.length > 6) {
        const more = document.createElement('div');
        more.textContent = `+ ${fillsHere.length - 6} more fills`;
        details.append(more);
      }
      details.hidden = fillsHere.length === 0;
    };
    const fillsNear = (index: number) => {
      const group = Math.floor(index / bucket);
      return fillAt.filter((f) => Math.floor(f.index / bucket) === group);
    };
    const move = (param: MouseEventParams<Time>) => {
      if (param.logical === undefined || param.point === undefined) {
        showValues(focused?.index ?? null, focused?.fills ?? []);
        return;
      }
      const index = Math.round(param.logical);
      const near = index >= 0 && index < times.length ? fillsNear(index) : [];
      // an order brought into view stays described until the pointer finds other fills (scrolling moves the chart
      // under a still pointer, which the chart reports as a move)
      if (near.length > 0) focused = null;
      showValues(index, near.length > 0 || !focused ? near : focused.fills);
    };
    chart.subscribeCrosshairMove(move);

    api.current = {
      show(order: Order) {
        const at = fillAt.find((f) => f.order.id === order.id);
        const t = order.closedAt ?? order.createdAt;
        const index = at ? at.index : t === null ? null : candleIndex(times, t);
        if (index === null) return;
        focus = order.id;
        chart.timeScale().setVisibleLogicalRange({ from: index - 90, to: index + 30 });
        redraw();
        focused = { index, fills: at ? [at] : [] };
        showValues(index, focused.fills);
        el.dataset.focusedOrder = order.id;
      },
    };

    // The warm-up candles before the first step stay scrollable; the view opens on the backtest's period.
    let lastStep = -1;
    if (result.equity.length > 0) {
      const last = result.equity[result.equity.length - 1][0];
      while (lastStep + 1 < candles.time.length && candles.time[lastStep + 1] <= last) lastStep++;
    }
    const firstStep = result.equity.length > 0 ? candles.time.findIndex((t) => t >= result.equity[0][0]) : -1;
    if (atLeast > 0 && lastStep >= 0 && lastStep - firstStep < atLeast) {
      chart.timeScale().setVisibleLogicalRange({ from: Math.max(0, lastStep - atLeast), to: lastStep + 3 });
    } else if (result.equity.length > 1) {
      chart.timeScale().setVisibleRange({ from: sec(result.equity[0][0]) as Time,
        to: sec(result.equity[result.equity.length - 1][0]) as Time });
    } else {
      chart.timeScale().fitContent();
    }
    redraw();
    showValues(null, []);
    const resize = new ResizeObserver(() => {
      if (el.clientWidth > 0) chart.resize(el.clientWidth, height);
      requestAnimationFrame(placeLegends);
    });
    resize.observe(el);
    requestAnimationFrame(placeLegends);
    el.dataset.drawn = 'true'; // tests wait for it: the canvas is otherwise opaque
    performance.mark('backtest:price-chart');
    return () => {
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      api.current = null;
      delete el.dataset.drawn;
      chart.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candles, result, pair, atLeast]);

  return (
    <figure className="bt-chart">
      <figcaption className="bt-chart-title">{pair} · {fills.length} fills</figcaption>
      <div className="bt-chart-box">
        <div ref={box} data-marker-count={fills.length} data-pair={pair} data-panes={1 + panes.length}
          data-price-plots={priceNames.join('|')} role="img"
          aria-label={`${pair} candles with ${fills.length} fills${priceNames.length ? ', ' + priceNames.join(', ') : ''}`
            + (panes.length ? `; panes: ${panes.join(', ')}` : '')} style={{ height }} />
        <div ref={overlay} className="bt-chart-legends" aria-hidden="true" />
        <div ref={detail} className="bt-chart-detail" role="status" aria-live="polite" hidden />
      </div>
    </figure>
  );
}

/** Several curves on one chart (equity, buy-and-hold), each [time ms, value] ascending; values in the legend. */
export function LineChart({ lines, label, height = 260 }: {
  lines: { name: string; color: string; points: [number, number][] }[]; label: string; height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const legend = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = box.current;
    const row = legend.current;
    if (!el || !row) return;
    const chart = createChart(el, { ...THEME, height, width: el.clientWidth || 600,
      timeScale: { ...THEME.timeScale, fixLeftEdge: true, fixRightEdge: true } });
    row.replaceChildren();
    const entries = lines.map((line) => {
      const series = chart.addSeries(LineSeries, { color: line.color, lineWidth: 2, priceLineVisible: false,
        lastValueVisible: false });
      series.setData(dedupe(line.points).map(([t, v]) => ({ time: sec(t) as Time, value: v })));
      return legendEntry(row, line.name, line.color, series);
    });
    const show = (param: MouseEventParams<Time> | null) => {
      for (const [k, e] of entries.entries()) {
        const d = param?.time !== undefined ? param.seriesData.get(e.series) as { value?: number } | undefined : undefined;
        const last = lines[k].points[lines[k].points.length - 1];
        const v = d?.value ?? last?.[1];
        e.value.textContent = v === undefined ? '' : formatNumber(v);
      }
    };
    chart.subscribeCrosshairMove(show);
    show(null);
    chart.timeScale().fitContent();
    const resize = new ResizeObserver(() => {
      if (el.clientWidth > 0) chart.resize(el.clientWidth, height);
    });
    resize.observe(el);
    el.dataset.drawn = 'true';
    return () => {
      resize.disconnect();
      delete el.dataset.drawn;
      chart.remove();
    };
  }, [lines, height]);
  return (
    <figure className="bt-chart">
      <figcaption ref={legend} className="bt-chart-legend bt-legend-static" />
      <div ref={box} role="img" aria-label={label} style={{ height }} />
    </figure>
  );
}
