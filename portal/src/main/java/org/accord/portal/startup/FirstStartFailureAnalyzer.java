package org.accord.portal.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words, instead of a stack trace, why a first start without an administrator stops. */
class FirstStartFailureAnalyzer extends AbstractFailureAnalyzer<FirstStart.FirstStartRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstStart.FirstStartRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable ACCORD_ADMIN_PASSWORD and start again.", cause);
    }
}
