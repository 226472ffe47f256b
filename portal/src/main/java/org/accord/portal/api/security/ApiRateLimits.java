package org.accord.portal.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How often the API answers: requests per token, and failed authentications per client address, per minute. */
@Component
class ApiRateLimits {

    private final RequestWindows requests;
    private final RequestWindows failures;

    ApiRateLimits(@Value("${accord.api.rate-limit.requests-per-minute:120}") int requestsPerMinute,
                  @Value("${accord.api.rate-limit.failed-authentications-per-minute:20}") int failuresPerMinute,
                  ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        this.requests = new RequestWindows(requestsPerMinute, Duration.ofMinutes(1), time);
        this.failures = new RequestWindows(failuresPerMinute, Duration.ofMinutes(1), time);
    }

    /** Counts a request with the token; the seconds to wait when it is over the limit. */
    OptionalLong request(long tokenId) {
        return requests.count(tokenId);
    }

    /** The seconds to wait when this address failed to authenticate too often in the last minute. */
    OptionalLong failuresBlocking(String address) {
        return failures.blocked(address);
    }

    void failed(String address) {
        failures.count(address);
    }
}
