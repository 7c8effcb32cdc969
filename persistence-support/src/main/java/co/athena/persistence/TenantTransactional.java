package co.athena.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code Uni}-returning method in one transaction bound to the request's school (from the
 * token): the replacement for {@code @WithTransaction} on tenant data, so row-level security always
 * has its tenant set.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantTransactional {
}
