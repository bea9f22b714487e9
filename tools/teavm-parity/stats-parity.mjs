// Builds runs (random-walk prices + a moving-average bot with 0.1% fees), computes stats in the TeaVM build,
// and writes inputs + outputs so the JVM can compute the same and compare byte for byte.
import * as m from '../../web-client/target/classes/public/engine/engine.js';
import { writeFileSync } from 'node:fs';
let seed = 4242; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const runs = [];
for (let run = 0; run < 100; run++) {
  const n = 500 + Math.floor(rnd() * 3000), H = 3600000;
  const times = [], closes = { 'BTC/USD': [], 'ETH/USD': [] }, equity = [], held = [], orders = [];
  let btc = 30000 * (0.5 + rnd()), eth = 2000 * (0.5 + rnd()), cash = 10000, hb = 0, he = 0, id = 0;
  for (let i = 0; i < n; i++) {
    btc *= 1 + (rnd() - 0.495) * 0.02; eth *= 1 + (rnd() - 0.5) * 0.03;
    times.push(1.6e12 + i * H); closes['BTC/USD'].push(btc); closes['ETH/USD'].push(eth);
    const trade = (pair, price, hold, buy) => {
      const amount = buy ? (cash * 0.45) / price : hold; const fee = amount * price * 0.001;
      orders.push({ id: String(++id), pair, side: buy ? 'buy' : 'sell', amount, price, fee, time: times[i] });
      cash += buy ? -amount * price - fee : amount * price - fee; return buy ? hold + amount : 0;
    };
    if (i > 20) {
      const avg = closes['BTC/USD'].slice(i - 20, i).reduce((a, b) => a + b) / 20;
      if (hb === 0 && btc > avg * 1.01) hb = trade('BTC/USD', btc, hb, true);
      else if (hb > 0 && btc < avg) hb = trade('BTC/USD', btc, hb, false);
      if (i % 97 === 0) he = trade('ETH/USD', eth, he, he === 0);
    }
    held.push(hb * btc + he * eth); equity.push(cash + hb * btc + he * eth);
  }
  const input = JSON.stringify({ interval: ['5m', '1h', '4h', '1d'][run % 4], times, equity, held, closes, orders });
  runs.push({ input, teavm: m.statsJson(input) });
}
writeFileSync('stats-runs.json', JSON.stringify(runs));
let rewriteOk = runs.every(r => r.teavm.split('\n').pop() === r.input);
console.log(`runs=${runs.length}; TeaVM Json.write(Json.parse(input)) === input for all: ${rewriteOk}`);
console.log(runs[0].teavm.split('\n').slice(0, -1).join('\n'));
