package io.awstrader.adapters;

import java.util.function.BiFunction;

/** The {@link ExchangeConnector} of an adapter built from credentials and settings: what each exchange's differs in. */
public abstract class AdapterConnector implements ExchangeConnector {
    private final ExchangeCapabilities capabilities;
    private final BiFunction<ExchangeCredentials, ExchangeSettings, ExchangeAdapter> adapter;

    protected AdapterConnector(ExchangeCapabilities capabilities,
            BiFunction<ExchangeCredentials, ExchangeSettings, ExchangeAdapter> adapter) {
        this.capabilities = capabilities;
        this.adapter = adapter;
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public ExchangeAdapter connect(ExchangeCredentials credentials, ExchangeSettings settings) {
        return adapter.apply(credentials, settings);
    }
}
