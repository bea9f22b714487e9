package io.awstrader.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * Everything the test JVM's servers said, for {@link SecretLeakTest}: every log event (with stack traces), all of
 * stdout and stderr, every answer the test clients received (status, headers but the Set-Cookie that delivers a
 * session, body); and every secret the tests used (passwords, session tokens, exchange credentials).
 */
final class Ledger {
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<String> ANSWERS = new ArrayList<>();
    private static final List<String> LOGS = new ArrayList<>();
    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static boolean installed;

    private Ledger() {
    }

    /** Starts recording logs and console output (once per JVM). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                String text = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
                if (event.getThrowableProxy() != null) {
                    text += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
                }
                synchronized (LOGS) {
                    LOGS.add(text);
                }
            }
        };
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        System.setOut(new PrintStream(tee(System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(System.err), true, StandardCharsets.UTF_8));
    }

    private static OutputStream tee(OutputStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (CONSOLE) {
                    CONSOLE.write(b);
                }
                try {
                    original.write(b);
                } catch (java.io.IOException ignored) {
                    // the copy is what matters
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (CONSOLE) {
                    CONSOLE.write(b, off, len);
                }
                try {
                    original.write(b, off, len);
                } catch (java.io.IOException ignored) {
                    // the copy is what matters
                }
            }
        };
    }

    static void secret(String value) {
        if (value != null && !value.isEmpty()) {
            SECRETS.add(value);
        }
    }

    static void answer(String text) {
        synchronized (ANSWERS) {
            ANSWERS.add(text);
        }
    }

    static Set<String> secrets() {
        return Set.copyOf(SECRETS);
    }

    static List<String> answers() {
        synchronized (ANSWERS) {
            return List.copyOf(ANSWERS);
        }
    }

    static List<String> logs() {
        synchronized (LOGS) {
            return List.copyOf(LOGS);
        }
    }

    static String console() {
        synchronized (CONSOLE) {
            return CONSOLE.toString(StandardCharsets.UTF_8);
        }
    }
}
