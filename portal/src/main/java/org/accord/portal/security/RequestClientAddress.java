package org.accord.portal.security;

import java.util.Optional;
import org.accord.audit.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The remote address of the HTTP request being served, for the audit trail. */
@Component
class RequestClientAddress implements ClientAddress {

    @Override
    public Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
