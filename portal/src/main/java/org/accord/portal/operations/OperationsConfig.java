package org.accord.portal.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OperationsConfig {

    /** Before Spring Security, so that what it logs about a sign-in carries the request's id too. */
    @Bean
    FilterRegistrationBean<RequestLogContext> requestLogContextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogContext());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestReads> requestReadsFilter() {
        var registration = new FilterRegistrationBean<>(new RequestReads());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
