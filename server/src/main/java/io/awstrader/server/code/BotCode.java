package io.awstrader.server.code;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.awstrader.sandbox.BotCompiler;
import io.awstrader.sandbox.CompiledBot;
import io.awstrader.server.api.Views.DiagnosticView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Compile on save: TypeScript to JavaScript with the same transpiler the browser uses, and the diagnostics as the
 * JSON text a version stores. The compiler loads in the background while the server starts.
 */
public final class BotCode {
    private static final TypeReference<List<DiagnosticView>> DIAGNOSTICS = new TypeReference<>() {
    };

    private final CompletableFuture<BotCompiler> compiler;
    private final ObjectMapper mapper;

    public BotCode(CompletableFuture<BotCompiler> compiler, ObjectMapper mapper) {
        this.compiler = compiler;
        this.mapper = mapper;
    }

    /** Source, JavaScript and diagnostics of one compile, with the diagnostics as stored (JSON). */
    public record Compiled(String source, String javascript, List<DiagnosticView> diagnostics, String diagnosticsJson) {
    }

    public Compiled compile(String source) {
        CompiledBot result = compiler().compile(source);
        List<DiagnosticView> diagnostics = result.errors().stream()
                .map(d -> new DiagnosticView(d.line(), d.column(), d.message())).toList();
        return new Compiled(source, result.javascript(), diagnostics, diagnosticsJson(diagnostics));
    }

    private String diagnosticsJson(List<DiagnosticView> diagnostics) {
        try {
            return mapper.writeValueAsString(diagnostics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics do not serialize", e);
        }
    }

    public List<DiagnosticView> diagnostics(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : mapper.readValue(json, DIAGNOSTICS);
        } catch (JsonProcessingException e) {
            return List.of(new DiagnosticView(0, 0, "stored diagnostics are unreadable"));
        }
    }

    private BotCompiler compiler() {
        try {
            return compiler.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the compiler loaded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the TypeScript compiler did not load", e.getCause());
        }
    }
}
