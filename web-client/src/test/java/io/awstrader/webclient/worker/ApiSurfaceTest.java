package io.awstrader.webclient.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.awstrader.engine.bot.BotHost;
import io.awstrader.engine.indicators.IndicatorCatalog;
import io.awstrader.engine.indicators.IndicatorDefinition;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.patterns.CandlestickPattern;
import io.awstrader.engine.patterns.CandlestickPatternCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typings bots are checked against ({@code bot-api.d.ts}) and what the runtime gives bots ({@code bot-api.js} on
 * the TeaVM engine, in Node) are the same API: every declared member exists at run time with a matching kind, and
 * the runtime has nothing undeclared. The typings also follow the engine's indicator and pattern catalogs.
 */
class ApiSurfaceTest {
    /** What the walking bot must have recorded, so a regression in the bot cannot make the comparison vacuous. */
    private static final List<String> EXPECTED_OBJECTS = List.of("input", "input.config", "input.trader",
            "input.utils", "input.indicators", "input.candlestickPatterns", "input.candlestickPatters",
            "input.plotter", "console", "trader.getBalance(quote)", "trader.getPortfolio()[quote]",
            "trader.placeOrder(...)", "trader.getOrder(id)", "trader.getOpenOrders()[0]", "utils.getCandle(...)",
            "utils.getPairAssets(...)", "utils.getGrid(...)");
    /** Option names of the original platform that bot-api.js maps to an indicator's {@code multiplier}. */
    private static final Set<String> MULTIPLIER_ALIASES = Set.of("stdDev", "bandMultiplier", "valueAttribute");

    @Test
    void runtimeExposesExactlyTheDeclaredMembers(@TempDir Path dir) throws Exception {
        Typings typings = Typings.load();
        JsonObject surface = runSurfaceBot(dir);
        assertEquals("[]", surface.get("problems").toString(), "calls the walking bot could not make");

        JsonObject objects = surface.get("objects").asObject();
        assertTrue(objects.keys().containsAll(EXPECTED_OBJECTS), "the bot recorded only " + objects.keys());
        List<String> mismatches = new ArrayList<>();
        for (String key : objects.keys()) {
            JsonObject recorded = objects.get(key).asObject();
            Interface declared = typings.get(recorded.get("interface").asString());
            JsonObject runtime = recorded.get("members").asObject();
            compare(key, declared, runtime, typings, mismatches);
        }

        Interface indicators = typings.get("Indicators");
        JsonObject indicatorResults = surface.get("indicators").asObject();
        assertEquals(indicators.names(), indicatorResults.keys(), "indicators called");
        for (String name : indicatorResults.keys()) {
            checkResult("indicators." + name, indicators.overloads(name).get(0).type, indicatorResults.get(name),
                    typings, mismatches);
        }
        Interface patterns = typings.get("CandlestickPatterns");
        JsonObject patternResults = surface.get("patterns").asObject();
        for (String name : patternResults.keys()) {
            checkResult("candlestickPatterns." + name, patterns.overloads(name).get(0).type, patternResults.get(name),
                    typings, mismatches);
        }
        if (!mismatches.isEmpty()) {
            fail("bot-api.d.ts and the runtime disagree:\n  " + String.join("\n  ", mismatches));
        }
    }

    @Test
    void typingsDeclareEveryCatalogIndicatorWithItsParametersAndOutputs() throws IOException {
        Typings typings = Typings.load();
        Interface indicators = typings.get("Indicators");
        Set<String> expectedNames = new TreeSet<>(List.of("smaArray"));
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            String name = definition.name();
            expectedNames.add(name);
            List<Member> overloads = indicators.overloads(name);
            assertEquals(2, overloads.size(), name + ": one positional and one options overload");
            Member options = overloads.get(0).paramNames().contains("options") ? overloads.get(0) : overloads.get(1);
            Member positional = options == overloads.get(0) ? overloads.get(1) : overloads.get(0);

            List<String> catalogNames = new ArrayList<>(List.of("candles"));
            List<String> defaults = new ArrayList<>();
            for (IndicatorDefinition.Parameter p : definition.parameters()) {
                catalogNames.add(p.name());
                defaults.add(BigDecimal.valueOf(p.defaultValue()).stripTrailingZeros().toPlainString());
            }
            List<String> positionalNames = positional.paramNames();
            if (name.equals("sma")) {
                assertEquals("attr", positionalNames.remove(positionalNames.size() - 1), "sma's field parameter");
            }
            assertEquals(catalogNames, positionalNames, name + " positional parameters");

            String optionsType = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Options";
            assertEquals(List.of("candles", "options"), options.paramNames(), name + " options overload");
            assertTrue(options.params.endsWith("options: " + optionsType + ")"), name + " takes " + optionsType);
            Interface optionMembers = typings.get(optionsType);
            for (int i = 0; i < definition.parameters().size(); i++) {
                Member option = optionMembers.overloads(definition.parameters().get(i).name()).get(0);
                assertTrue(option.doc.contains("(default " + defaults.get(i) + ")"),
                        optionsType + "." + option.name + " documents the default " + defaults.get(i));
            }
            Set<String> extra = new TreeSet<>(optionMembers.names());
            extra.removeAll(catalogNames);
            boolean hasMultiplier = catalogNames.contains("multiplier");
            assertTrue(extra.isEmpty() || hasMultiplier && MULTIPLIER_ALIASES.containsAll(extra),
                    optionsType + " has options the runtime rejects: " + extra);

            String returned = definition.outputs().size() == 1 ? "number[]" : positional.type;
            assertEquals(returned, options.type, name + ": both overloads return the same");
            if (definition.outputs().size() == 1) {
                assertEquals("number[]", positional.type, name + " returns one number per candle");
            } else {
                Interface row = typings.get(positional.type.substring(0, positional.type.length() - 2));
                assertEquals(definition.outputs(), new ArrayList<>(row.names()), name + " outputs");
            }
        }
        assertEquals(expectedNames, new TreeSet<>(indicators.names()), "Indicators members");
    }

    @Test
    void typingsDeclareEveryCandlestickPatternAndItsConfirmedForm() throws IOException {
        Interface patterns = Typings.load().get("CandlestickPatterns");
        Set<String> names = new LinkedHashSet<>();
        for (CandlestickPattern pattern : CandlestickPatternCatalog.all()) {
            names.add(pattern.name());
            boolean confirmable;
            try {
                CandlestickPatternCatalog.find(pattern.name(), true);
                confirmable = true;
            } catch (IllegalArgumentException e) {
                confirmable = false;
            }
            List<String> params = patterns.overloads(pattern.name()).get(0).paramNames();
            assertEquals(confirmable ? List.of("candles", "isConfirmed") : List.of("candles"), params,
                    pattern.name() + " parameters");
        }
        assertEquals(names, patterns.names(), "CandlestickPatterns members");
    }

    // ---- comparison ------------------------------------------------------------------------------------------------

    private static void compare(String key, Interface declared, JsonObject runtime, Typings typings,
                                List<String> mismatches) {
        String where = key + " (" + declared.name + ")";
        for (String name : declared.names()) {
            if (!runtime.has(name)) {
                mismatches.add(where + ": '" + name + "' is declared but missing at run time");
            }
        }
        for (String name : runtime.keys()) {
            String kind = runtime.get(name).asString();
            if (!declared.names().contains(name)) {
                mismatches.add(where + ": '" + name + "' (" + kind + ") exists at run time but is not declared");
                continue;
            }
            Member member = declared.overloads(name).get(0);
            Set<String> allowed = member.isMethod() ? Set.of("function") : typings.kinds(member.type);
            if (!allowed.contains("any") && !allowed.contains(kind)) {
                mismatches.add(where + ": '" + name + "' is " + kind + " at run time, declared " + member.type);
            }
        }
    }

    /** A function's result: {@code number[]}, {@code boolean[]}, or {@code Row[]} whose members are the row's keys. */
    private static void checkResult(String what, String declaredType, JsonValue recorded, Typings typings,
                                    List<String> mismatches) {
        JsonObject result = recorded.asObject();
        if (!result.get("array").asBoolean() || !declaredType.endsWith("[]")) {
            mismatches.add(what + " returns " + result + ", declared " + declaredType);
            return;
        }
        String element = declaredType.substring(0, declaredType.length() - 2);
        String kind = result.get("element").isNull() ? "nothing" : result.get("element").asString();
        if (element.equals("number") || element.equals("boolean")) {
            if (!kind.equals(element)) {
                mismatches.add(what + " returns " + kind + " elements, declared " + declaredType);
            }
            return;
        }
        Set<String> keys = new TreeSet<>();
        if (!result.get("keys").isNull()) {
            for (JsonValue k : result.get("keys").asArray().items()) {
                keys.add(k.asString());
            }
        }
        Set<String> declared = new TreeSet<>(typings.get(element).names());
        if (!kind.equals("object") || !keys.equals(declared)) {
            mismatches.add(what + " returns " + kind + " rows with " + keys + ", declared " + element + " " + declared);
        }
    }

    private static JsonObject runSurfaceBot(Path dir) throws Exception {
        String engine = System.getProperty("engine.module");
        assertTrue(engine != null && Files.exists(Path.of(engine)), "engine.js not built at " + engine);
        Path script = copyResource("/api-surface.mjs", dir);
        Path bot = copyResource("/api-surface-bot.js", dir);
        Path output = dir.resolve("surface.json");
        ProcessBuilder builder = new ProcessBuilder("node", script.toString(), Path.of(engine).getParent().toString(),
                bot.toString(), output.toString()).redirectErrorStream(true);
        builder.environment().put("TZ", "UTC");
        Process node = builder.start();
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed: " + log);
        return Json.parse(Files.readString(output, StandardCharsets.UTF_8)).asObject();
    }

    private static Path copyResource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name.substring(1));
        try (InputStream in = ApiSurfaceTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "test resource " + name);
            Files.copy(in, target);
        }
        return target;
    }

    // ---- bot-api.d.ts, read by the format rule in its header -------------------------------------------------------

    /** One member line: a property ({@code params} null) or one method overload. */
    record Member(String name, String params, String type, boolean optional, String doc) {
        boolean isMethod() {
            return params != null;
        }

        /** Parameter names without {@code ?} or {@code ...}: {@code (a: X, b?: Y)} gives [a, b]. */
        List<String> paramNames() {
            List<String> names = new ArrayList<>();
            String inner = params.substring(1, params.length() - 1).trim();
            if (inner.isEmpty()) {
                return names;
            }
            for (String part : inner.split(",")) {
                String name = part.trim();
                name = name.substring(0, name.indexOf(':')).replace("?", "").replace("...", "");
                names.add(name);
            }
            return names;
        }
    }

    /** An interface: its members in declaration order (overloads grouped by name), inherited ones included. */
    record Interface(String name, Map<String, List<Member>> members) {
        Set<String> names() {
            return members.keySet();
        }

        List<Member> overloads(String member) {
            List<Member> found = members.get(member);
            assertNotNull(found, name + " declares no member '" + member + "'");
            return found;
        }
    }

    /** The interfaces and type aliases of bot-api.d.ts. */
    static final class Typings {
        private static final Pattern INTERFACE = Pattern.compile("^interface (\\w+)(?: extends ([\\w, ]+))? \\{$");
        private static final Pattern ALIAS = Pattern.compile("^type (\\w+) = (.+);$");
        private static final Pattern DOC = Pattern.compile("^  /\\*\\* (.+) \\*/$");
        private static final Pattern MEMBER =
                Pattern.compile("^  (?:readonly )?([A-Za-z_$][\\w$]*)(\\?)?(\\(.*\\))?: (.+);$");
        private static final Pattern INDEX = Pattern.compile("^  \\[\\w+: string\\]: (.+);$");

        private final Map<String, Interface> interfaces = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();

        static Typings load() throws IOException {
            try (InputStream in = BotHost.class.getResourceAsStream("bot-api.d.ts")) {
                assertNotNull(in, "bot-api.d.ts beside BotHost");
                return new Typings(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        Typings(String text) {
            String[] lines = text.split("\n", -1);
            Map<String, String> parents = new LinkedHashMap<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                Matcher m;
                if ((m = ALIAS.matcher(line)).matches()) {
                    aliases.put(m.group(1), m.group(2).trim());
                } else if ((m = INTERFACE.matcher(line)).matches()) {
                    String name = m.group(1);
                    Map<String, List<Member>> members = new LinkedHashMap<>();
                    i++;
                    while (!lines[i].equals("}")) {
                        Matcher doc = DOC.matcher(lines[i]);
                        if (!doc.matches()) {
                            throw new IllegalStateException("bot-api.d.ts line " + (i + 1)
                                    + ": expected a one-line /** doc */ before each member of " + name + ", got: "
                                    + lines[i]);
                        }
                        i++;
                        Matcher member = MEMBER.matcher(lines[i]);
                        if (member.matches()) {
                            members.computeIfAbsent(member.group(1), k -> new ArrayList<>()).add(new Member(
                                    member.group(1), member.group(3), member.group(4).trim(), member.group(2) != null,
                                    doc.group(1)));
                        } else if (!INDEX.matcher(lines[i]).matches()) {
                            throw new IllegalStateException("bot-api.d.ts line " + (i + 1) + ": not a one-line member"
                                    + " of " + name + ": " + lines[i]);
                        }
                        i++;
                    }
                    interfaces.put(name, new Interface(name, members));
                    if (m.group(2) != null) {
                        parents.put(name, m.group(2));
                    }
                } else if (!(line.isEmpty() || line.startsWith("//") || DOC_LINE.matcher(line).matches()
                        || line.startsWith("declare var "))) {
                    throw new IllegalStateException("bot-api.d.ts line " + (i + 1) + " breaks the format rule: "
                            + line);
                }
            }
            for (Map.Entry<String, String> e : parents.entrySet()) {
                Map<String, List<Member>> members = interfaces.get(e.getKey()).members();
                for (String parent : e.getValue().split(",")) {
                    members.putAll(get(parent.trim()).members());
                }
            }
        }

        private static final Pattern DOC_LINE = Pattern.compile("^/\\*\\* .+ \\*/$");

        Interface get(String name) {
            Interface found = interfaces.get(name);
            assertNotNull(found, "bot-api.d.ts declares no interface " + name);
            return found;
        }

        /** The run-time kinds ({@code typeof}, or null / array) a declared type allows; "any" allows all. */
        Set<String> kinds(String type) {
            Set<String> kinds = new TreeSet<>();
            for (String part : type.split("\\|")) {
                String t = part.trim();
                if (t.equals("number") || t.equals("string") || t.equals("boolean") || t.equals("null")
                        || t.equals("undefined") || t.equals("any")) {
                    kinds.add(t);
                } else if (t.startsWith("'")) {
                    kinds.add("string");
                } else if (t.endsWith("[]") || t.startsWith("readonly [")) {
                    kinds.add("array");
                } else if (t.startsWith("{") || interfaces.containsKey(t)) {
                    kinds.add("object");
                } else if (aliases.containsKey(t)) {
                    kinds.addAll(kinds(aliases.get(t)));
                } else {
                    throw new IllegalStateException("bot-api.d.ts: unknown type '" + t + "' in '" + type + "'");
                }
            }
            return kinds;
        }
    }
}
