package org.accord.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.PortalTest;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Every service's transactions name the transaction manager, so Spring need not look for a qualifier at each call. */
@PortalTest
class TransactionManagerChoiceTest {

    @Autowired
    TransactionInterceptor transactions;

    @Test
    void servicesTransactionsNameTheOneTransactionManager() throws Exception {
        var source = transactions.getTransactionAttributeSource();
        assertThat(source).isNotNull();
        for (var method : new java.lang.reflect.Method[] {
                InitiativePortfolio.class.getMethod("save", org.accord.initiative.InitiativeDraft.class),
                Directory.class.getMethod("me")}) {
            var attribute = source.getTransactionAttribute(method, AopUtils.getTargetClass(method.getDeclaringClass()));
            assertThat(attribute).as(method.getName()).isNotNull();
            assertThat(attribute.getQualifier()).as(method.getName()).isEqualTo("transactionManager");
        }
    }
}
