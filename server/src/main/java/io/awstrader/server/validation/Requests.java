package io.awstrader.server.validation;

import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.Ids;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Checks of path and query parameters and of required body fields, each failing as a 400 naming the field. */
public final class Requests {
    private Requests() {
    }

    /** A resource id from the path: URL-safe base64 characters only, or 400 {@code bad_id}. */
    public static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Ids.check(value, name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_id", name + " is not a valid id", name);
        }
    }

    /** A version number {@code MAJOR.MINOR} from the path. */
    public static VersionNumber version(Context ctx, String name) {
        return version(ctx.pathParam(name), name);
    }

    public static VersionNumber version(String text, String field) {
        if (text == null || text.length() > 12 || !text.matches("(0|[1-9][0-9]{0,4})\\.(0|[1-9][0-9]{0,4})")) {
            throw ApiException.badRequest("bad_version", field + " must be a version number such as 1.0", field);
        }
        return VersionNumber.parse(text);
    }

    /** Refuses query parameters the route does not know, and parameters given twice. */
    public static void onlyQueryParameters(Context ctx, Collection<String> known) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                String list = known.isEmpty() ? "this route takes no query parameters"
                        : "known: " + String.join(", ", new TreeSet<>(known));
                throw ApiException.badRequest("unknown_field", "unknown query parameter '" + fieldName(e.getKey()) + "'; "
                        + list, fieldName(e.getKey()));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("duplicate_field", "query parameter '" + fieldName(e.getKey()) + "' is given twice",
                        fieldName(e.getKey()));
            }
        }
    }

    /** A required query parameter. */
    public static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.missing(name);
        }
        return value.trim();
    }

    /** An epoch-millisecond query parameter. */
    public static long epochMillis(Context ctx, String name) {
        String value = query(ctx, name);
        try {
            long time = Long.parseLong(value);
            if (time < 0 || time > 9_999_999_999_999L) {
                throw new NumberFormatException();
            }
            return time;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("wrong_type", name + " must be a time in epoch milliseconds, e.g. 1609459200000",
                    name);
        }
    }

    /** A required body field. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.missing(field);
        }
        return value;
    }

    /** A required, non-blank text field no longer than {@code max} characters, trimmed. */
    public static String text(String value, String field, int max) {
        if (value == null) {
            throw ApiException.missing(field);
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw ApiException.invalid(field, field + " must not be empty");
        }
        if (trimmed.length() > max) {
            throw ApiException.invalid(field, field + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    /**
     * A field name from the request as answers may repeat it: cut to 16 characters (no known field is longer), so
     * a secret pasted where a field name goes is never echoed whole.
     */
    public static String fieldName(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 16 ? clean.substring(0, 16) + "…" : clean;
    }
}
