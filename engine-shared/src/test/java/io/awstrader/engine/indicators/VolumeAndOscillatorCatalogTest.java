package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** The catalog entries for the volume indicators and oscillators: names, parameters, outputs, construction. */
class VolumeAndOscillatorCatalogTest {

    private static String signature(String name) {
        IndicatorDefinition definition = IndicatorCatalog.find(name);
        List<String> params = new ArrayList<>();
        for (IndicatorDefinition.Parameter p : definition.parameters()) {
            params.add(p.name() + "=" + IndicatorSpec.formatNumber(p.defaultValue()));
        }
        return name + params + "->" + definition.outputs();
    }

    @Test
    void listsEveryIndicatorWithItsDefaultsAndOutputs() {
        assertEquals("stochastic[kPeriod=14, kSmoothing=1, dPeriod=3]->[k, d]", signature("stochastic"));
        assertEquals("obv[]->[value]", signature("obv"));
        assertEquals("adl[]->[value]", signature("adl"));
        assertEquals("vwap[period=0]->[value]", signature("vwap"));
        assertEquals("cci[period=20]->[value]", signature("cci"));
        assertEquals("williamsR[period=14]->[value]", signature("williamsR"));
        assertEquals("psar[start=0.02, increment=0.02, max=0.2]->[value]", signature("psar"));
        assertEquals("squeeze[bbLength=20, bbMult=2, kcLength=20, kcMult=1.5]->[momentum, squeeze]",
                signature("squeeze"));
    }

    @Test
    void buildsTheIndicatorWithMatchingOutputs() {
        CandleSeries candles = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        Object[][] cases = {
            {"stochastic:14,3,3", StochasticIndicator.class}, {"obv", ObvIndicator.class},
            {"adl", AdlIndicator.class}, {"vwap:24", VwapIndicator.class}, {"cci", CciIndicator.class},
            {"williamsR", WilliamsRIndicator.class}, {"psar", ParabolicSarIndicator.class},
            {"squeeze", SqueezeMomentumIndicator.class},
        };
        for (Object[] c : cases) {
            IndicatorSpec spec = IndicatorSpec.parse((String) c[0]);
            Indicator indicator = spec.create(candles);
            assertInstanceOf((Class<?>) c[1], indicator);
            assertEquals(spec.definition().outputs(), List.of(indicator.outputNames()), (String) c[0]);
        }
    }

    @Test
    void namesColumnsFromParameters() {
        assertEquals("stochastic_14_1_3_d", IndicatorSpec.parse("stochastic").columnName(1));
        assertEquals("psar_0.02_0.02_0.2", IndicatorSpec.parse("psar").columnName(0));
        assertEquals("squeeze_20_2_20_1.5_squeeze", IndicatorSpec.parse("squeeze").columnName(1));
        assertEquals("vwap_0", IndicatorSpec.parse("vwap").columnName(0));
    }
}
