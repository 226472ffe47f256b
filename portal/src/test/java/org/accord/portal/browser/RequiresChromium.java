package org.accord.portal.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;

/**
 * Skips each browser test, with the reason, where Chromium or its driver is missing. It checks before the test
 * instance exists, so no application is started for a test that cannot run.
 */
final class RequiresChromium implements TestInstancePreConstructCallback {

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        Optional<String> missing = Chromium.missing();
        assumeTrue(missing.isEmpty(), missing.orElse(""));
    }
}
