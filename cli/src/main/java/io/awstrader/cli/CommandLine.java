package io.awstrader.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of one command: {@code --name value} pairs (repeatable) and {@code --flag}s, checked against a list. */
final class CommandLine {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CommandLine() {
    }

    /**
     * Parses {@code args}. {@code valued} lists the options that take a value, {@code flags} those that don't;
     * anything else is a usage error naming the unknown option.
     */
    static CommandLine parse(String[] args, Set<String> valued, Set<String> flags) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                line.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                line.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                line.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return line;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The single value of {@code name}, or {@code fallback} when absent; an error when given twice. */
    String get(String name, String fallback) {
        List<String> list = values.get(name);
        if (list == null) {
            return fallback;
        }
        if (list.size() > 1) {
            throw new UsageException("--" + name + " is given " + list.size() + " times; give it once");
        }
        return list.get(0);
    }

    String require(String name) {
        String value = get(name, null);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    int getInt(String name, int fallback, int min) {
        String value = get(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min) {
                throw new UsageException("--" + name + " must be at least " + min + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    List<String> positional() {
        return positional;
    }
}
