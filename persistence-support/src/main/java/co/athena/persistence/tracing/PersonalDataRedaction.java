package co.athena.persistence.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Keeps personal data out of spans: a query string can carry a name or a document number (a search's {@code q}),
 * so HTTP spans keep only its parameter names. Paths carry ids only, and SQL reaches the database with
 * placeholders, so both stay as the instrumentation wrote them.
 */
@ApplicationScoped
public class PersonalDataRedaction implements SpanProcessor {

    static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> FULL_URL = AttributeKey.stringKey("url.full");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String query = span.getAttribute(QUERY);
        if (query != null) {
            span.setAttribute(QUERY, parameterNames(query));
        }
        String url = span.getAttribute(FULL_URL);
        if (url != null && url.indexOf('?') >= 0) {
            int mark = url.indexOf('?');
            span.setAttribute(FULL_URL, url.substring(0, mark + 1) + parameterNames(url.substring(mark + 1)));
        }
    }

    /** {@code q=Mar%C3%ADa&page_size=20} becomes {@code q&page_size}. */
    static String parameterNames(String query) {
        return Arrays.stream(query.split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.joining("&"));
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing to do once the span has ended
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
