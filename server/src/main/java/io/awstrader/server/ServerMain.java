package io.awstrader.server;

import io.awstrader.server.demo.DemoAccount;
import io.awstrader.storage.DataFolder;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./awstrader serve [--port N] [--data-dir DIR] [--host ADDRESS]}: runs the server until Ctrl-C, then stops
 * it cleanly (requests finish, the database file is closed).
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
        // the server's threads keep the JVM alive until Ctrl-C runs the shutdown hook
    }

    /** Starts the server; returns 0 once it serves (it keeps running), or an exit status on a usage error. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String port = null;
        String dataDir = null;
        String host = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(usage());
                    return 0;
                }
                case "--port", "--data-dir", "--host" -> {
                    if (i + 1 >= args.length) {
                        err.println("serve: " + arg + " needs a value\n" + usage());
                        return 2;
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--port" -> port = value;
                        case "--data-dir" -> dataDir = value;
                        default -> host = value;
                    }
                }
                default -> {
                    err.println("serve: unknown option '" + arg + "'\n" + usage());
                    return 2;
                }
            }
        }
        Path folder = DataFolder.resolve(dataDir, env);
        ServerSettings settings = ServerSettings.defaults(folder, env);
        if (port != null) {
            try {
                settings = settings.withPort(Integer.parseInt(port));
            } catch (IllegalArgumentException e) {
                err.println("serve: --port must be a number from 1 to 65535, got '" + port + "'");
                return 2;
            }
        }
        if (host != null) {
            settings = settings.withHost(host);
        }
        AwsTraderServer server;
        try {
            server = AwsTraderServer.start(settings);
        } catch (RuntimeException e) {
            err.println("serve: the server did not start: " + rootMessage(e));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping AWS Trader...");
            server.close();
            out.println("Stopped; data is saved in " + folder);
        }, "awstrader-shutdown"));
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        String shownHost = settings.host().equals("127.0.0.1") || settings.host().equals("0.0.0.0") ? "localhost"
                : settings.host();
        out.println("AWS Trader " + AwsTraderServer.VERSION + " is running at http://" + shownHost + ":" + server.port()
                + "  (started in " + String.format(Locale.ROOT, "%.1f", seconds) + " s)");
        out.println("Data folder: " + folder);
        Optional<DemoAccount.Credentials> demo = server.createdDemoAccount();
        demo.ifPresent(credentials -> {
            out.println();
            out.println("A demo account was created. Its password is shown only this once:");
            out.println("  email:    " + credentials.email());
            out.println("  password: " + credentials.password());
            out.println();
        });
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return 0;
    }

    static String usage() {
        return """
                Usage: ./awstrader serve [--port N] [--data-dir DIR] [--host ADDRESS]
                  --port      port to listen on (default 7070)
                  --data-dir  data folder (default $AWSTRADER_DATA_DIR, else ~/.awstrader)
                  --host      address to listen on (default 127.0.0.1: this machine only)""";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
