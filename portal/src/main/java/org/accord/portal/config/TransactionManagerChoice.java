package org.accord.portal.config;

import java.lang.reflect.Method;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.StringUtils;

/**
 * Names the one transaction manager in every {@code @Transactional} attribute that names none. Without a name,
 * Spring looks for a {@code @Qualifier} on the target class at every call, scanning its annotations anew (about
 * 4 % of an import's server CPU, performance.md "Import from spreadsheets"); with one, it
 * finds the manager in its cache. {@link RepositoryTransactionManagerChoice} does the same for the repositories.
 */
@Component
class TransactionManagerChoice implements SmartInitializingSingleton {

    static final String TRANSACTION_MANAGER = "transactionManager";

    private final ObjectProvider<TransactionInterceptor> interceptors;

    TransactionManagerChoice(ObjectProvider<TransactionInterceptor> interceptors) {
        this.interceptors = interceptors;
    }

    /** Once every singleton exists, before the start's runners and the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        interceptors.forEach(TransactionManagerChoice::name);
    }

    /** Makes {@code interceptor} name the transaction manager in the attributes that name none. */
    static void name(TransactionInterceptor interceptor) {
        var source = interceptor.getTransactionAttributeSource();
        if (source != null && !(source instanceof Named)) {
            interceptor.setTransactionAttributeSource(new Named(source));
        }
    }

    private record Named(TransactionAttributeSource source) implements TransactionAttributeSource {

        @Override
        public boolean isCandidateClass(Class<?> targetClass) {
            return source.isCandidateClass(targetClass);
        }

        @Override
        public boolean hasTransactionAttribute(Method method, Class<?> targetClass) {
            return source.hasTransactionAttribute(method, targetClass);
        }

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            TransactionAttribute attribute = source.getTransactionAttribute(method, targetClass);
            // The source caches its attribute per method: naming it once is enough.
            if (attribute instanceof DefaultTransactionAttribute named && !StringUtils.hasText(named.getQualifier())) {
                named.setQualifier(TRANSACTION_MANAGER);
            }
            return attribute;
        }
    }
}
