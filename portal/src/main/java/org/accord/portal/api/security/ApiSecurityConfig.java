package org.accord.portal.api.security;

import org.accord.people.ApiTokenCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The partner API's own security: a bearer token with every request, nothing remembered between requests (no
 * session, no cookie, no saved request), no redirect to the sign-in page. Before the portal's chain.
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/v1/**";

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenCheck tokens, ApiRateLimits limits, ApiRefusals refusals,
                                 ApiAudit audit) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/docs", "/api/v1/docs/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, limits, refusals, audit), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, refused) -> refusals.missingToken(request, response))
                        .accessDeniedHandler((request, response, denied) -> refusals.denied(request, response)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
