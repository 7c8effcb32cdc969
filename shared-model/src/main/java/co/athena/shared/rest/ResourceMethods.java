package co.athena.shared.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Java method behind an OpenAPI operation, from the id SmallRye gives it with the PACKAGE_CLASS_METHOD
 * strategy ({@code co.athena.student.rest.StudentResource_update}), so the document can say what the code
 * declares (its permission, what its merge patch can clear) instead of a second copy in the annotations.
 */
final class ResourceMethods {

    private ResourceMethods() {
    }

    /** The id a client sees: the class's simple name and the method ({@code StudentResource_update}). */
    static String shortId(String operationId) {
        int separator = operationId.lastIndexOf('_');
        int dot = operationId.lastIndexOf('.', separator);
        return operationId.substring(dot + 1);
    }

    static Optional<Method> of(String operationId) {
        int separator = operationId.lastIndexOf('_');
        if (separator < 0 || operationId.lastIndexOf('.', separator) < 0) {
            return Optional.empty();
        }
        String methodName = operationId.substring(separator + 1);
        try {
            Class<?> resource = Class.forName(operationId.substring(0, separator), false, loader());
            return Arrays.stream(resource.getDeclaredMethods())
                    .filter(method -> method.getName().equals(methodName) && !method.isSynthetic())
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ResourceMethods.class.getClassLoader();
    }
}
