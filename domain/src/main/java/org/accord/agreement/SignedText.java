package org.accord.agreement;

/** An agreement's signed text, to download. */
public record SignedText(String filename, byte[] content) {
}
