package org.cartellab.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading request bodies safely: a size limit, strict UTF-8, JSON objects, bounded whole-number fields. */
final class Requests {
    private Requests() {}

    /** The request body as UTF-8 text, refused (413) beyond the size limit and (400) when empty or not UTF-8. */
    static String text(Context ctx, int maxBytes) {
        if (ctx.contentLength() > maxBytes) throw ApiException.of(413, "body_too_large", maxBytes);
        byte[] bytes;
        try {
            bytes = ctx.bodyInputStream().readNBytes(maxBytes + 1);
        } catch (IOException | org.eclipse.jetty.http.BadMessageException e) {
            // Jetty's read timeouts (WebGuard): a body that stopped arriving or trickles too slowly
            ctx.header("Connection", "close");
            throw ApiException.of(408, "body_slow", WebGuard.MIN_BYTES_PER_SECOND, WebGuard.IDLE_MILLIS / 1000);
        }
        if (bytes.length > maxBytes) throw ApiException.of(413, "body_too_large", maxBytes);
        if (bytes.length == 0) throw ApiException.of(400, "body_empty");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.of(400, "body_not_utf8");
        }
    }

    /** The request body as a JSON object; 400 naming line and column when it is not one. */
    static JsonNode json(Context ctx, ObjectMapper json, int maxBytes) {
        String text = text(ctx, maxBytes);
        JsonNode node;
        try {
            // one strict reading: a key given twice is refused, never "the last one wins"; nothing after the value
            node = json.reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(text);
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? ApiException.of(400, "body_not_json", e.getOriginalMessage())
                    : ApiException.of(400, "body_not_json_at", e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode)) throw ApiException.of(400, "body_not_object");
        return node;
    }

    /** Refuses (400) any field of {@code body} not in {@code allowed}, naming it and the allowed ones. */
    static void onlyFields(JsonNode body, java.util.Set<String> allowed) {
        for (java.util.Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ApiException.of(400, "field_unknown", f, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** An optional whole-number field (a JSON integer, never text or a fraction), else 400 naming the field. */
    static long longField(JsonNode body, String field, long fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw ApiException.of(400, "field_whole", field, v);
        return v.asLong();
    }

    /** An optional whole-number field within bounds, else 400 naming the field. */
    static int intField(JsonNode body, String field, int fallback, int min, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw ApiException.of(400, "field_whole", field, v);
        long n = v.asLong();
        if (n < min || n > max) throw ApiException.of(400, "field_whole_range", field, min, max, n);
        return (int) n;
    }
}
