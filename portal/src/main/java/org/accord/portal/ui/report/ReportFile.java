package org.accord.portal.ui.report;

/** A written report ready to download. */
record ReportFile(byte[] content, String fileName, String contentType) {
}
