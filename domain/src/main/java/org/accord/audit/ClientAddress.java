package org.accord.audit;

import java.util.Optional;

/** Where the current request comes from; the portal supplies it, the domain knows no HTTP. */
@FunctionalInterface
public interface ClientAddress {

    Optional<String> current();
}
