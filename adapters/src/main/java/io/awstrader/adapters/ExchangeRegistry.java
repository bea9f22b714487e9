package io.awstrader.adapters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The exchanges on the class path, found with {@link ServiceLoader}; the one list the app, CLI and server use. */
public final class ExchangeRegistry {
    private final Map<String, ExchangeConnector> connectors = new LinkedHashMap<>();
    private final Map<String, String> environment;

    public ExchangeRegistry(List<ExchangeConnector> connectors, Map<String, String> environment) {
        List<ExchangeConnector> sorted = new ArrayList<>(connectors);
        sorted.sort(Comparator.comparing(c -> c.capabilities().id()));
        for (ExchangeConnector connector : sorted) {
            this.connectors.put(connector.capabilities().id(), connector);
        }
        this.environment = Map.copyOf(environment);
    }

    /** Every installed exchange, with base URLs from the process environment. */
    public static ExchangeRegistry installed() {
        return installed(System.getenv());
    }

    /** Every installed exchange, with base URLs from {@code environment} (tests point them at a stub). */
    public static ExchangeRegistry installed(Map<String, String> environment) {
        List<ExchangeConnector> found = new ArrayList<>();
        ServiceLoader.load(ExchangeConnector.class, ExchangeRegistry.class.getClassLoader()).forEach(found::add);
        return new ExchangeRegistry(found, environment);
    }

    /** The exchanges' capabilities, ordered by id. */
    public List<ExchangeCapabilities> exchanges() {
        return connectors.values().stream().map(ExchangeConnector::capabilities).toList();
    }

    public Optional<ExchangeCapabilities> find(String id) {
        ExchangeConnector connector = connectors.get(id);
        return connector == null ? Optional.empty() : Optional.of(connector.capabilities());
    }

    /** The default settings for exchange {@code id}: its URL (or the environment's override), default timeouts. */
    public ExchangeSettings settings(String id) {
        return ExchangeSettings.from(connector(id).capabilities(), environment);
    }

    /** An adapter for public data (candles, ticker, pairs) of exchange {@code id}. */
    public ExchangeAdapter publicAdapter(String id) {
        return connect(id, null);
    }

    /** An adapter for one account of exchange {@code id}, with the default settings. */
    public ExchangeAdapter connect(String id, ExchangeCredentials credentials) {
        return connect(id, credentials, settings(id));
    }

    public ExchangeAdapter connect(String id, ExchangeCredentials credentials, ExchangeSettings settings) {
        return connector(id).connect(credentials, settings);
    }

    private ExchangeConnector connector(String id) {
        ExchangeConnector connector = connectors.get(id);
        if (connector == null) {
            throw new IllegalArgumentException("unknown exchange '" + id + "'; expected one of "
                    + String.join(", ", connectors.keySet()));
        }
        return connector;
    }
}
