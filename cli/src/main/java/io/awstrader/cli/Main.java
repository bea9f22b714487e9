package io.awstrader.cli;

import io.awstrader.adapters.ExchangeRegistry;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entry point of the {@code awstrader} command line (the {@code ./awstrader} launcher calls it). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code: 0 done, 1 failed, 2 called wrongly. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(commands(), args, out, err);
    }

    /** Every command by name, in the order help lists them. */
    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("indicators", new IndicatorsCommand());
        commands.put("backtest", new BacktestCommand());
        commands.put("deploy-replay", BacktestCommand.deployReplay());
        commands.put("bench", new BenchCommand());
        commands.put("candles", new CandlesCommand(ExchangeRegistry.installed()));
        return commands;
    }

    /** {@link #run(String[], PrintStream, PrintStream)} over these commands (tests swap one for a configured copy). */
    static int run(Map<String, Command> commands, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !commands.containsKey(args[0])) {
            err.println(args.length == 0 ? "awstrader: no command given" : "awstrader: unknown command '" + args[0] + "'");
            err.println("commands: " + String.join(", ", commands.keySet()));
            return 2;
        }
        Command command = commands.get(args[0]);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("awstrader " + args[0] + ": " + e.getMessage());
            err.println("see: ./awstrader " + args[0] + " --help");
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("awstrader " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("awstrader " + args[0] + ": cannot read or write a file: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("awstrader " + args[0] + ": unexpected failure: " + e);
            return 1;
        }
    }
}
