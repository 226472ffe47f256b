package org.accord.portal.config;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Role;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * {@link TransactionManagerChoice} for Spring Data's repositories, whose proxies each carry a transaction
 * interceptor of their own: it is named once the repository's proxy is made, before its first call.
 */
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class RepositoryTransactionManagerChoice implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> repositories) {
            // Runs after Spring Data's own post-processor, which adds the transaction interceptor.
            repositories.addRepositoryFactoryCustomizer(factory -> factory.addRepositoryProxyPostProcessor(
                    (proxy, repository) -> {
                        for (Advisor advisor : proxy.getAdvisors()) {
                            if (advisor.getAdvice() instanceof TransactionInterceptor interceptor) {
                                TransactionManagerChoice.name(interceptor);
                            }
                        }
                    }));
        }
        return bean;
    }
}
