package io.awstrader.sandbox;

import java.util.List;

/**
 * A bot's compiled JavaScript, line for line the same as its TypeScript source, or the errors that stopped it.
 *
 * @param javascript the script to run ({@code ""} when there are errors)
 * @param errors     compile errors, empty on success
 */
public record CompiledBot(String javascript, List<Diagnostic> errors) {

    public CompiledBot {
        errors = List.copyOf(errors);
    }

    /** Whether the source compiled. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
