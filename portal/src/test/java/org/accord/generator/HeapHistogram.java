package org.accord.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/** The live objects of the heap by class, as {@code jcmd GC.class_histogram} prints them (it collects first). */
record HeapHistogram(Map<String, long[]> byClass) {

    private static final Pattern LINE = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    static HeapHistogram now() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, long[]> byClass = new HashMap<>();
            for (String line : text.split("\n")) {
                Matcher matcher = LINE.matcher(line);
                if (matcher.matches()) {
                    byClass.merge(matcher.group(3), new long[] {Long.parseLong(matcher.group(1)),
                            Long.parseLong(matcher.group(2))}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return new HeapHistogram(byClass);
        } catch (Exception e) {
            throw new IllegalStateException("No class histogram from the DiagnosticCommand MBean", e);
        }
    }

    /** The {@code top} classes that grew most from {@code before}, per one of {@code per}: instances and bytes. */
    String growthFrom(HeapHistogram before, int per, int top) {
        var lines = new StringBuilder();
        byClass.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), grown(entry.getValue(), before.byClass.get(entry.getKey()))))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1]).reversed())
                .limit(top)
                .forEach(entry -> lines.append(String.format("    %8.1f KB %8.0f objects  %s%n",
                        entry.getValue()[1] / 1024.0 / per, (double) entry.getValue()[0] / per, entry.getKey())));
        return lines.toString();
    }

    /** Writes the histogram to a file, one class a line, so that it need not stay on the heap. */
    Path saved() {
        var lines = new StringBuilder();
        byClass.forEach((name, counts) -> lines.append(name).append(' ').append(counts[0]).append(' ')
                .append(counts[1]).append('\n'));
        try {
            Path file = Files.createTempFile("accord-heap", ".txt");
            file.toFile().deleteOnExit();
            return Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HeapHistogram load(Path file) {
        try {
            Map<String, long[]> byClass = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ");
                byClass.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
            return new HeapHistogram(byClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long bytes() {
        return byClass.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    private static long[] grown(long[] now, long[] before) {
        return before == null ? now : new long[] {now[0] - before[0], now[1] - before[1]};
    }
}
