package io.awstrader.cli;

import java.io.PrintStream;

/** One {@code awstrader} subcommand. */
interface Command {

    /** The text {@code --help} prints: usage, every option, examples. */
    String help();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
