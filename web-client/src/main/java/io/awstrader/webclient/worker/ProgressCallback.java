package io.awstrader.webclient.worker;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function told how far a backtest has come. */
@JSFunctor
public interface ProgressCallback extends JSObject {
    void report(int done, int total);
}
