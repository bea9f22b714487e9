package io.awstrader.sandbox;

import java.util.Arrays;
import org.graalvm.polyglot.Value;

/**
 * Timings behind the numbers in the README (not a test): engine start, bot compiles, and 100k bot calls. Run with and
 * without the flags of target/jvm-flags.txt to compare the optimizing runtime with the interpreter:
 * {@code java [@sandbox/target/jvm-flags.txt] -cp <test classpath> io.awstrader.sandbox.SandboxBench}.
 */
public final class SandboxBench {

    private SandboxBench() {
    }

    public static void main(String[] args) {
        long t = System.nanoTime();
        JsEngines.shared();
        System.out.printf("engine: %s, created in %.0f ms%n", JsEngines.shared().getImplementationName(), ms(t));

        t = System.nanoTime();
        try (BotCompiler compiler = new BotCompiler()) {
            System.out.printf("compiler loaded in %.0f ms%n", ms(t));
            String bot = fiftyLineBot();
            t = System.nanoTime();
            CompiledBot first = compiler.compile(bot);
            System.out.printf("first compile of a %d-line bot: %.1f ms (ok=%s)%n", bot.lines().count(), ms(t),
                    first.ok());
            for (int i = 0; i < 800; i++) {
                compiler.compile(bot + "\n// " + i);
            }
            double[] warm = new double[200];
            for (int i = 0; i < warm.length; i++) {
                t = System.nanoTime();
                compiler.compile(bot + "\n// warm " + i);
                warm[i] = ms(t);
            }
            Arrays.sort(warm);
            System.out.printf("compile after 800 warm-up rounds: median %.2f ms, best %.2f ms%n", warm[100], warm[0]);

            try (BotSandbox sandbox = BotSandbox.open()) {
                sandbox.evaluate("bot.js", first.javascript());
                sandbox.evaluate("bench.js", """
                        var closes = [];
                        for (let i = 0; i < 200; i++) closes.push(100 + Math.sin(i / 7) * 5);
                        function smaBot(i) {
                          let sum = 0;
                          for (let k = 0; k < 50; k++) sum += closes[(i + k) % 200];
                          return sum / 50 > 100 ? 1 : 0;
                        }
                        function trivial(i) { return i + 1; }
                        """);
                Value smaBot = sandbox.run(global -> global.getMember("smaBot"));
                Value trivial = sandbox.run(global -> global.getMember("trivial"));
                for (int round = 1; round <= 5; round++) {
                    t = System.nanoTime();
                    for (int i = 0; i < 100_000; i++) {
                        final int n = i;
                        sandbox.run(global -> smaBot.execute(n).asInt());
                    }
                    double js = ms(t);
                    t = System.nanoTime();
                    for (int i = 0; i < 100_000; i++) {
                        final int n = i;
                        sandbox.run(global -> trivial.execute(n).asInt());
                    }
                    double guarded = ms(t);
                    t = System.nanoTime();
                    for (int i = 0; i < 100_000; i++) {
                        trivial.execute(i).asInt();
                    }
                    double raw = ms(t);
                    System.out.printf("round %d: 100k calls of a 50-step SMA bot %.0f ms; trivial function"
                            + " %.0f ms under the watchdog, %.0f ms without%n", round, js, guarded, raw);
                }
            }
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String fiftyLineBot() {
        return """
                interface Candle { time: number; open: number; high: number; low: number; close: number }
                interface Order { pair: string; type: 'market' | 'limit'; direction: 'buy' | 'sell'; amount: number }
                interface State { position: number; entries: number[]; lastSignal?: Signal }
                type Signal = 'buy' | 'sell' | 'hold';
                enum Trend { Up = 1, Down = -1, Flat = 0 }

                function sma(values: readonly number[], period: number): number | undefined {
                  if (values.length < period) return undefined;
                  let sum = 0;
                  for (let i = values.length - period; i < values.length; i++) sum += values[i];
                  return sum / period;
                }

                function trend(fast?: number, slow?: number): Trend {
                  if (fast === undefined || slow === undefined) return Trend.Flat;
                  return fast > slow ? Trend.Up : fast < slow ? Trend.Down : Trend.Flat;
                }

                class Book<T extends { amount: number }> {
                  private readonly items: T[] = [];
                  add(item: T): this { this.items.push(item); return this; }
                  total(): number { return this.items.reduce((a, b) => a + b.amount, 0); }
                }

                function initializeState(config: { amount?: number }, state: Partial<State>): State {
                  return { position: 0, entries: [], ...state };
                }

                function decide(candles: Candle[], state: State): Signal {
                  const closes = candles.map(c => c.close);
                  const t = trend(sma(closes, 10), sma(closes, 30));
                  if (t === Trend.Up && state.position === 0) return 'buy';
                  if (t === Trend.Down && state.position > 0) return 'sell';
                  return 'hold';
                }

                function onData(input: { candleData: Candle[]; state: State; trader?: any }): void {
                  const { candleData, state } = input;
                  const signal = decide(candleData, state);
                  const book = new Book<Order>();
                  if (signal === 'buy') {
                    book.add({ pair: 'BTC/USD', type: 'market', direction: 'buy', amount: 0.1 });
                    state.entries.push(candleData[candleData.length - 1]?.close ?? 0);
                  } else if (signal === 'sell') {
                    book.add({ pair: 'BTC/USD', type: 'market', direction: 'sell', amount: state.position });
                  }
                  state.position += book.total() * (signal === 'sell' ? -1 : 1);
                  state.lastSignal = signal;
                  input.trader?.log?.(`signal ${signal}, position ${state.position}`);
                }
                """;
    }
}
