package io.awstrader.sandbox;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.graalvm.polyglot.Engine;

/** The one GraalJS {@link Engine} of the process, shared by every bot context (an engine costs 0.3–0.5 s to create). */
public final class JsEngines {

    /** What {@link Engine#getImplementationName()} says when Truffle has no compiler and only interprets. */
    private static final String INTERPRETER_ONLY = "Interpreted";

    private JsEngines() {
    }

    private static final class Holder {
        static final Engine ENGINE = create();
    }

    /** The shared engine, created on first use; it lives as long as the process. */
    public static Engine shared() {
        return Holder.ENGINE;
    }

    /** Whether the shared engine compiles hot bot code to machine code (Graal on JVMCI) instead of interpreting it. */
    public static boolean isOptimizing() {
        return !INTERPRETER_ONLY.equals(shared().getImplementationName());
    }

    private static Engine create() {
        boolean requested = optimizingRuntimeRequested();
        Engine.Builder builder = Engine.newBuilder("js")
                // Truffle's own warnings go to stderr without its "[To redirect Truffle log output...]" banner.
                .logHandler(System.err);
        if (!requested) {
            // The JVM was started without the flags, so the fallback is expected: one line of ours says so below,
            // instead of Truffle's multi-line warning on every start. When the flags are there but the compiler is
            // refused (e.g. another JDK update than the compiler's), Truffle's warning stays: it gives the cause.
            builder.option("engine.WarnInterpreterOnly", "false");
        }
        Engine engine = builder.build();
        boolean optimizing = !INTERPRETER_ONLY.equals(engine.getImplementationName());
        if (optimizing) {
            System.err.println("sandbox: GraalJS runs bots with the optimizing runtime ("
                    + engine.getImplementationName() + ", Graal compiler on JVMCI).");
        } else {
            System.err.println("sandbox: GraalJS runs bots in the interpreter only (about 20x slower on JS-heavy bots)"
                    + (requested ? ": the Graal compiler was refused, see the warning above."
                            : ": start the JVM with the flags in sandbox/target/jvm-flags.txt to enable the compiler."));
        }
        return engine;
    }

    /** True when the JVM runs with JVMCI on and the Graal compiler module on its upgrade module path. */
    private static boolean optimizingRuntimeRequested() {
        boolean compilerModule = ModuleLayer.boot().findModule("jdk.graal.compiler").isPresent();
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return compilerModule && hotSpot != null && "true".equals(hotSpot.getVMOption("EnableJVMCI").getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false; // no such VM option: not HotSpot, or experimental options are locked (JVMCI is off)
        }
    }
}
