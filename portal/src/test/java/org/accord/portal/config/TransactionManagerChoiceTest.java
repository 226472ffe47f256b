package org.accord.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.accord.PortalTest;
import org.accord.initiative.InitiativeDraft;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Transactions name the transaction manager, so Spring need not look for a qualifier at each call. */
@PortalTest
class TransactionManagerChoiceTest {

    @Autowired
    TransactionInterceptor transactions;
    @Autowired
    ApplicationContext context;

    @Test
    void servicesTransactionsNameTheOneTransactionManager() throws Exception {
        var source = transactions.getTransactionAttributeSource();
        assertThat(source).isNotNull();
        for (Method method : new Method[] {InitiativePortfolio.class.getMethod("save", InitiativeDraft.class),
                Directory.class.getMethod("me")}) {
            var attribute = source.getTransactionAttribute(method, method.getDeclaringClass());
            assertThat(attribute).as(method.getName()).isNotNull();
            assertThat(attribute.getQualifier()).as(method.getName()).isEqualTo("transactionManager");
        }
    }

    @Test
    void repositoriesTransactionsNameItToo() throws Exception {
        Object repository = new Repositories(context).getRepositoryFor(Party.class).orElseThrow();
        var interceptors = Arrays.stream(((Advised) repository).getAdvisors()).map(Advisor::getAdvice)
                .filter(TransactionInterceptor.class::isInstance).map(TransactionInterceptor.class::cast).toList();
        assertThat(interceptors).hasSize(1);

        var attribute = interceptors.getFirst().getTransactionAttributeSource()
                .getTransactionAttribute(CrudRepository.class.getMethod("findAll"), AopUtils.getTargetClass(repository));

        assertThat(attribute.getQualifier()).isEqualTo("transactionManager");
    }
}
