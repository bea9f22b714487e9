package io.awstrader.server.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON request bodies: only {@code application/json}, never more than a limit, into records whose every
 * field is checked by {@link JsonMappers#strict()}. Every failure is a 4xx {@link ApiException} naming the field;
 * messages never quote the body (it may hold a password or a secret).
 */
public final class JsonBodies {
    /** The body limit of every route that does not say otherwise. */
    public static final long DEFAULT_LIMIT = 1_000_000;

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The request attribute holding the route's body limit (set for every route before its handler runs). */
    public static final String LIMIT_ATTRIBUTE = "awstrader.bodyLimit";
    /** Oversize bodies up to this are read to their end before the 413, so the client gets to read the answer. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /** The route's body limit. */
    public static long limit(Context ctx) {
        Long limit = ctx.attribute(LIMIT_ATTRIBUTE);
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /**
     * The body as a {@code type}, at most the route's limit; {@link ApiException} for a wrong content type, size,
     * syntax, field or type.
     */
    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = bytes(ctx, limit(ctx));
        JsonNode tree;
        try {
            // syntax first, on its own, so a broken body is reported as such and not as a wrong type
            tree = mapper.readTree(body);
        } catch (IOException e) {
            ApiException refusal = translate(e);
            throw refusal.code().equals("wrong_type") ? ApiException.badRequest("malformed_json",
                    "the body is not valid JSON" + (e instanceof JsonProcessingException p ? where(p.getLocation()) : ""),
                    null) : refusal;
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("wrong_type", "the body must be a JSON object", null);
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (IOException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("wrong_type", "the body does not have the expected shape", null);
        }
    }

    /** The raw body after the content-type and size checks, for routes that parse it themselves. */
    public static byte[] bytes(Context ctx, long limit) {
        return bytes(ctx, limit, limit, "");
    }

    /**
     * The raw body after the content-type and size checks; a body sent with {@code Content-Encoding: gzip} (large
     * uploads such as backtest results) is unpacked, to at most {@code unpackedLimit} bytes. {@code advice} ends
     * the message of a 413 (what to reduce).
     */
    public static byte[] bytes(Context ctx, long limit, long unpackedLimit, String advice) {
        String contentType = ctx.contentType();
        if (contentType == null || !isJson(contentType)) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json", null);
        }
        String encoding = ctx.header("Content-Encoding");
        boolean gzipped = encoding != null && encoding.trim().equalsIgnoreCase("gzip");
        if (encoding != null && !gzipped && !encoding.trim().equalsIgnoreCase("identity")) {
            throw new ApiException(415, "unsupported_encoding", "send the body as it is or gzipped (Content-Encoding: gzip)",
                    null);
        }
        long declared = ctx.req().getContentLengthLong();
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > limit) {
                drain(in, declared);
                throw ApiException.tooLarge(megabytes(declared), limit, advice);
            }
            body = readAtMost(in, limit, advice);
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "the request body could not be read", null);
        }
        if (gzipped) {
            body = gunzip(body, unpackedLimit, advice);
        }
        if (body.length == 0) {
            throw ApiException.badRequest("missing_body", "the request needs a JSON body", null);
        }
        return body;
    }

    /** How far an oversized unpacked body is still counted, so its size can be named (a gzip bomb stops here). */
    private static final long COUNT_LIMIT = 1L << 30;

    private static byte[] gunzip(byte[] packed, long limit, String advice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
        byte[] chunk = new byte[65536];
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed), 65536)) {
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total <= limit) {
                    out.write(chunk, 0, read);
                } else if (total > COUNT_LIMIT) {
                    break;
                }
            }
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "the body is sent as gzip but is not valid gzip", null);
        }
        if (total > limit) {
            throw ApiException.tooLarge((total > COUNT_LIMIT ? "more than " : "") + megabytes(total) + " unpacked", limit,
                    advice);
        }
        return out.toByteArray();
    }

    /** A byte count as people read it: "23.4 MB". */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Reads and drops a moderately oversized body, so the client can finish sending and read the 413. */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT) {
            return; // far too large: the connection is dropped after the answer instead
        }
        byte[] chunk = new byte[65536];
        while (in.read(chunk) != -1) {
            // discard
        }
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(InputStream in, long limit, String advice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        long total = 0;
        int read;
        while ((read = in.read(chunk)) != -1) {
            total += read;
            if (total > limit) {
                if (total < DRAIN_LIMIT) {
                    drain(in, total);
                }
                throw ApiException.tooLarge("over " + megabytes(limit), limit, advice);
            }
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    /** A Jackson failure as the answer to give, with the JSON path of the field when there is one. */
    public static ApiException translate(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return ApiException.badRequest("body_too_complex", "the body is nested too deeply or holds a value that"
                    + " is too long", null);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return ApiException.badRequest("unknown_field", "unknown field '" + field + "'" + known(unknown), field);
        }
        if (e instanceof InvalidNullException nul) {
            String field = path(nul);
            return ApiException.badRequest("wrong_type", "field '" + field + "' must not be null", field);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() instanceof IllegalArgumentException bad) {
            return ApiException.invalid(null, bad.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field == null) {
                return ApiException.badRequest("wrong_type", "the body must be a JSON object", null);
            }
            return ApiException.badRequest("wrong_type", "field '" + field + "' must be " + describe(mismatch.getTargetType()),
                    field);
        }
        if (e instanceof JsonProcessingException dup && dup.getOriginalMessage() != null
                && dup.getOriginalMessage().startsWith("Duplicate field '")) {
            String message = dup.getOriginalMessage();
            int end = message.indexOf('\'', "Duplicate field '".length());
            String name = end < 0 ? null : message.substring("Duplicate field '".length(), end);
            name = Requests.fieldName(name);
            return ApiException.badRequest("duplicate_field", "field '" + name + "' appears twice", name);
        }
        if (e instanceof StreamReadException read) {
            return ApiException.badRequest("malformed_json", "the body is not valid JSON" + where(read.getLocation()), null);
        }
        if (e instanceof JsonProcessingException processing) {
            return ApiException.badRequest("malformed_json", "the body is not valid JSON" + where(processing.getLocation()),
                    null);
        }
        return ApiException.badRequest("unreadable_body", "the request body could not be read", null);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String known(UnrecognizedPropertyException e) {
        Collection<Object> ids = e.getKnownPropertyIds();
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return "; known fields: " + String.join(", ", names);
    }

    /** {@code credentials.apiKey}, {@code balances.USD}, {@code pairs[2]}; null for the body itself. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(Requests.fieldName(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "of another type";
    }
}
