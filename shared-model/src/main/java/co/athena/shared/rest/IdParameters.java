package co.athena.shared.rest;

import co.athena.shared.problem.Problems;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Ids in paths and queries: a value that is not a UUID is the caller's mistake, answered 400 naming the
 * parameter (JAX-RS would answer a bare 404, as if the thing did not exist).
 */
@Provider
public class IdParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = nameIn(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw Problems.badRequest(name, "must be an id as the API gives it (a UUID such as "
                            + "0190c2a0-7f4e-7c3a-9d2e-5b8f1a2c3d4e)");
                }
            }

            @Override
            public String toString(UUID value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameIn(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "id";
    }
}
