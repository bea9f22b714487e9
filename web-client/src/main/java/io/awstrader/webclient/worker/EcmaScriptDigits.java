package io.awstrader.webclient.worker;

import io.awstrader.engine.json.NumberText;
import org.teavm.jso.JSBody;

/**
 * ECMAScript's {@code Number::toString} as the engine's {@link NumberText.PlatformDigits}: exact shortest digits by
 * the language's specification, computed natively by the JavaScript engine, where the engine's own big-number path
 * costs microseconds per number in TeaVM's output (a result's equity curve has one per candle).
 */
final class EcmaScriptDigits implements NumberText.PlatformDigits {
    static final EcmaScriptDigits INSTANCE = new EcmaScriptDigits();

    private EcmaScriptDigits() {
    }

    @Override
    public int shortest(double v, char[] digits, int[] count) {
        return NumberText.readDigits(numberText(v), digits, count);
    }

    /** ECMAScript's Number::toString is {@link NumberText#format} by definition: no digits to read back. */
    @Override
    public String text(double v) {
        return numberText(v);
    }

    @JSBody(params = "v", script = "return '' + v;")
    private static native String numberText(double v);
}
