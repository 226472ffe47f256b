package org.accord.report;

import java.io.IOException;

/** Draws the file of a report being issued, knowing its identity so that it can print it. */
@FunctionalInterface
public interface IssuedRendering {

    IssuedContent render(ReportIdentity identity) throws IOException;
}
