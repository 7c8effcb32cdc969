package co.athena.shared.rest;

import co.athena.shared.problem.Problems;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Strong ETags from an aggregate's {@code version}, and the {@code If-Match} check for writes. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the resource and its ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(Long.toString(version)).build();
    }

    /** 201 with the resource, its {@code Location} and its ETag. */
    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(Long.toString(version)).build();
    }

    /**
     * Passes when there is no {@code If-Match} (the write is unconditional) or it names the current
     * version; a stale or unreadable one answers 412 and nothing changes.
     */
    public static void requireMatch(String ifMatch, long currentVersion, String resource) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(of(currentVersion))) {
                return;
            }
        }
        throw Problems.preconditionFailed(resource);
    }
}
