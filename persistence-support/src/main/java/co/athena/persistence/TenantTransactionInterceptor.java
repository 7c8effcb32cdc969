package co.athena.persistence;

import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TenantTransactionInterceptor {

    private final TenantContext tenant;
    private final TenantTransactions transactions;

    public TenantTransactionInterceptor(TenantContext tenant, TenantTransactions transactions) {
        this.tenant = tenant;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object inTenantTransaction(InvocationContext invocation) {
        return transactions.inSchool(tenant.requireSchoolId(), () -> proceed(invocation));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
