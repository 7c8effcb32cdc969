package co.athena.shared.rest;

import co.athena.shared.version.ExpectedVersion;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

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
     * The versions an {@code If-Match} names: none (or {@code *}) makes the write unconditional; a tag
     * that names no version of ours (weak or not) matches nothing, so the write answers 412.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.matches("\"\\d{1,18}\"")) {
                versions.add(Long.parseLong(value.substring(1, value.length() - 1)));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
