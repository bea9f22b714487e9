package io.awstrader.server.auth;

import io.awstrader.server.validation.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Cross-site request forgery check for every request that can change something (anything but GET, HEAD,
 * OPTIONS): its {@code Origin} header, or failing that the origin of its {@code Referer}, must be one of the
 * server's own origins ({@code http://localhost:PORT}, {@code http://127.0.0.1:PORT}, {@code http://[::1]:PORT}
 * and any configured public origin). A request with neither header is refused too: browsers always send Origin on
 * these methods, and other clients can send it. The SameSite=Strict session cookie is the second layer.
 */
public final class OriginCheck {
    private final IntSupplier port;
    private final Set<String> extraOrigins;

    /** {@code port} is read per request, so a server bound to port 0 checks against the port it got. */
    public OriginCheck(IntSupplier port, Set<String> extraOrigins) {
        this.port = port;
        this.extraOrigins = Set.copyOf(extraOrigins);
    }

    public void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            origin = originOf(ctx.header("Referer"));
        }
        if (origin == null) {
            throw new ApiException(403, "origin_required", "requests that change data must send an Origin header "
                    + "(the page's origin, e.g. http://localhost:" + port.getAsInt() + ")", null);
        }
        if (!allowed().contains(origin.toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "cross_origin_refused", "requests from another site are refused", null);
        }
    }

    /** The origins accepted now. */
    public Set<String> allowed() {
        int p = port.getAsInt();
        Set<String> origins = new LinkedHashSet<>();
        origins.add("http://localhost:" + p);
        origins.add("http://127.0.0.1:" + p);
        origins.add("http://[::1]:" + p);
        for (String extra : extraOrigins) {
            origins.add(extra.toLowerCase(Locale.ROOT));
        }
        return origins;
    }

    /** {@code scheme://host[:port]} of a URL, or null when it is not an absolute http(s) URL. */
    static String originOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getRawAuthority() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return scheme.toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
