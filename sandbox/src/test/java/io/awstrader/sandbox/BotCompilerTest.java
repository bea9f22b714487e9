package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TypeScript to JavaScript with the bundled sucrase: same bytes as Node, same lines as the source. */
class BotCompilerTest {

    static final String BOT = """
            // A bot with the TypeScript a user writes.
            interface Candle { open: number; close: number; extra?: { note?: string } }
            type Signal = 'buy' | 'sell' | 'hold';
            enum Side { Buy = 'buy', Sell = 'sell' }
            const enum Weight { Light = 1, Heavy = 3 }

            function last<T>(items: readonly T[]): T | undefined {
              return items.length > 0 ? items[items.length - 1] : undefined;
            }

            class Momentum<T extends Candle> {
              private readonly seen: number[] = [];
              constructor(public readonly period: number) {}
              push(candle: T): number {
                this.seen.push(candle.close - candle.open);
                return this.seen.slice(-this.period).reduce((a, b) => a + b, 0);
              }
            }

            function signal(momentum: number): Signal {
              return momentum > 0 ? Side.Buy : momentum < 0 ? Side.Sell : 'hold';
            }

            function onData(input: { candles: Candle[] }): string {
              const m = new Momentum<Candle>(2);
              let total = 0;
              for (const c of input.candles) total = m.push(c);
              const note = last(input.candles)?.extra?.note ?? 'none';
              return `${signal(total)} ${total * (Weight.Heavy as number)} ${note}!`;
            }

            function fail(input: { candles: Candle[] }): number {
              const candle = input.candles[99] as Candle;
              return candle!.close;
            }
            """;

    private static BotCompiler compiler;

    @BeforeAll
    static void load() {
        compiler = new BotCompiler();
    }

    @AfterAll
    static void unload() {
        compiler.close();
    }

    @Test
    void aTypedBotCompilesAndRuns() {
        CompiledBot compiled = compiler.compile(BOT);
        assertTrue(compiled.ok(), compiled.errors().toString());
        try (BotSandbox sandbox = BotSandbox.open()) {
            sandbox.evaluate("bot.js", compiled.javascript());
            Object input = ProxyObject.fromMap(Map.of("candles", ProxyArray.fromArray(
                    candle(10, 12), candle(12, 11), candle(11, 15))));
            assertEquals("buy 9 none!", sandbox.call("onData", input).asString());
        }
    }

    @Test
    void linesAreKeptSoStackTracesPointAtTheTypeScript() {
        CompiledBot compiled = compiler.compile(BOT);
        assertEquals(BOT.lines().count(), compiled.javascript().lines().count());
        int onDataLine = lineOf(BOT, "function onData(input: { candles: Candle[] }): string {");
        assertEquals("function onData(input) {", compiled.javascript().lines().toList().get(onDataLine - 1));
        assertFalse(compiled.javascript().contains("use strict"));
        try (BotSandbox sandbox = BotSandbox.open()) {
            sandbox.evaluate("bot.ts", compiled.javascript());
            Object input = ProxyObject.fromMap(Map.of("candles", ProxyArray.fromArray()));
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.call("fail", input));
            assertTrue(e.getMessage().startsWith("TypeError"), e.getMessage());
            int failing = lineOf(BOT, "return candle!.close;");
            assertTrue(e.botStack().startsWith("at fail (bot.ts:" + failing + ":"), e.botStack());
        }
    }

    @Test
    void topLevelFunctionsStayPlainDeclarations() {
        CompiledBot compiled = compiler.compile("function onData(input: any): void {}\n"
                + "function initializeState(config: object, state: object) { return state; }\n");
        assertEquals("function onData(input) {}\nfunction initializeState(config, state) { return state; }\n",
                compiled.javascript());
    }

    @Test
    void aSyntaxErrorReportsItsLineAndColumn() {
        CompiledBot compiled = compiler.compile("function onData(input: any) {\n  const x: number = ;\n}\n");
        assertFalse(compiled.ok());
        assertEquals("", compiled.javascript());
        assertEquals(List.of(new Diagnostic(2, 21, "Unexpected token")), compiled.errors());
        CompiledBot unclosed = compiler.compile("function onData(input: any) {\n  if (input) {\n}\n");
        assertEquals(List.of(new Diagnostic(4, 1, "Unexpected token")), unclosed.errors());
    }

    @Test
    void importsAndExportsAreErrorsWhereTheyAreWritten() {
        CompiledBot compiled = compiler.compile("import { sma } from './lib';\n\nexport function onData() {}\n");
        assertEquals(List.of(new Diagnostic(1, 1, notAllowed("import")), new Diagnostic(3, 1, notAllowed("export"))),
                compiled.errors());
    }

    @Test
    void nodeRunningTheSameBundleGivesTheSameBytes(@TempDir Path dir) throws Exception {
        String[] sources = {
            BOT,
            "function onData(input: any) {\n  const x: number = ;\n}\n",
            "export const a = 1;\n",
            "// ünïcödé and emoji 📈 survive\nconst label: string = 'BTC→USD 📈';\nfunction onData() { return label; }\n",
        };
        Path bundle = Path.of(BotCompiler.class.getClassLoader().getResource(BotCompiler.BUNDLE_RESOURCE).toURI());
        for (int i = 0; i < sources.length; i++) {
            Path source = dir.resolve("bot" + i + ".ts");
            Path code = dir.resolve("bot" + i + ".js");
            Files.writeString(source, sources[i], StandardCharsets.UTF_8);
            Process node = new ProcessBuilder("node", "-e", """
                    require(process.argv[1]);
                    const fs = require('fs');
                    const r = globalThis.awstraderCompile(fs.readFileSync(process.argv[2], 'utf8'));
                    fs.writeFileSync(process.argv[3], r.code, 'utf8');
                    for (const e of r.errors) console.log(e.line + ':' + e.column + ' ' + e.message);
                    """, bundle.toString(), source.toString(), code.toString()).redirectErrorStream(true).start();
            String nodeErrors = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, node.exitValue(), nodeErrors);

            CompiledBot compiled = compiler.compile(sources[i]);
            assertEquals(new String(Files.readAllBytes(code), StandardCharsets.UTF_8), compiled.javascript());
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(code),
                    compiled.javascript().getBytes(StandardCharsets.UTF_8)), "bot" + i);
            List<String> javaErrors = compiled.errors().stream().map(Diagnostic::toString).toList();
            assertEquals(nodeErrors.lines().toList(), javaErrors, "bot" + i);
        }
    }

    @Test
    void compilesFromManyThreadsAtOnce() throws Exception {
        String expected = compiler.compile(BOT).javascript();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CompiledBot>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String source = i % 2 == 0 ? BOT : "let broken: = 1;";
                results.add(pool.submit(() -> compiler.compile(source)));
            }
            for (int i = 0; i < results.size(); i++) {
                CompiledBot compiled = results.get(i).get(60, TimeUnit.SECONDS);
                if (i % 2 == 0) {
                    assertEquals(expected, compiled.javascript());
                } else {
                    assertEquals(List.of(new Diagnostic(1, 13, "Unexpected token")), compiled.errors());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullSourceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> compiler.compile(null));
    }

    private static String notAllowed(String keyword) {
        return "'" + keyword + "' is not allowed: a bot is one script of plain top-level functions (no modules)";
    }

    private static ProxyObject candle(double open, double close) {
        return ProxyObject.fromMap(Map.of("open", open, "close", close));
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + line);
    }
}
