package org.accord.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens as callers present them: {@code acc_<public id>_<secret>}. The public id (12 lower-case letters and
 * digits) finds the row; the secret (32 random bytes in base64url) is checked against its SHA-256 hash. A hash
 * without salt or stretching is right here: the secret is random, not a password someone chose.
 */
final class ApiTokenSecrets {

    static final String PREFIX = "acc_";
    private static final Pattern PRESENTED = Pattern.compile("acc_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token taken apart; its toString never shows the secret. */
    record Presented(String publicId, String secret) {
        @Override
        public String toString() {
            return PREFIX + publicId + "_…";
        }
    }

    private ApiTokenSecrets() {
    }

    static String newPublicId() {
        var id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String presented(String publicId, String secret) {
        return PREFIX + publicId + "_" + secret;
    }

    static Optional<Presented> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = PRESENTED.matcher(token);
        return matcher.matches() ? Optional.of(new Presented(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compares in constant time, so that the time taken tells nothing of how much of a guess was right. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
