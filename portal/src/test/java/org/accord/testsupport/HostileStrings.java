package org.accord.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The corpus of hostile strings in {@code hostile-strings.txt}, decoded as its header says. */
public final class HostileStrings {

    /** One string of the corpus, with its category and line, to name it in a failure. */
    public record Hostile(String category, int line, String text) {
        @Override
        public String toString() {
            return category + " line " + line;
        }
    }

    private HostileStrings() {
    }

    public static List<Hostile> all() {
        var strings = new ArrayList<Hostile>();
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                HostileStrings.class.getResourceAsStream("/hostile-strings.txt")), StandardCharsets.UTF_8))) {
            String category = "";
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("## ")) {
                    category = line.substring(3);
                } else if (!line.isEmpty() && !line.startsWith("# ")) {
                    strings.add(new Hostile(category, number, decode(line)));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return strings;
    }

    static String decode(String line) {
        if (line.startsWith("@repeat ")) {
            String[] parts = line.split(" ", 3);
            return decode(parts[2]).repeat(Integer.parseInt(parts[1]));
        }
        var text = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                text.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case '\\' -> text.append('\\');
                case 'u' -> {
                    text.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("Unknown escape \\" + next + " in: " + line);
            }
        }
        return text.toString();
    }
}
