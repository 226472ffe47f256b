package org.accord.portal.api.security;

import java.util.Arrays;
import org.accord.people.ApiTokenCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The partner API's own security: a bearer token with every request, nothing remembered between requests (no
 * session, no cookie, no saved request), no redirect to the sign-in page. Before the portal's chain.
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/v1/**";
    /** The OpenAPI document and its readable page (swagger-ui's page, script and styles): no token needed. */
    static final String[] DOCUMENTATION = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs",
        "/api/v1/docs/**", "/api/v1/swagger-ui/**"};
    /** swagger-ui runs its own script and sets inline styles; JSON answers need no policy beyond 'none'. */
    static final String DOCUMENTATION_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenCheck tokens, ApiRateLimits limits, ApiRefusals refusals,
                                 ApiAudit audit) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, DOCUMENTATION).permitAll()
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
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documentation(),
                                new StaticHeadersWriter("Content-Security-Policy", DOCUMENTATION_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(documentation()),
                                new StaticHeadersWriter("Content-Security-Policy",
                                        "default-src 'none'; frame-ancestors 'none'"))));
        return http.build();
    }

    private static RequestMatcher documentation() {
        return new OrRequestMatcher(Arrays.stream(DOCUMENTATION)
                .<RequestMatcher>map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }
}
