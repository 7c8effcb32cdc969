package co.athena.suite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** The one-off figures of a benchmark run, one {@code name<TAB>value} line each, for bench/run's report. */
final class Facts {

    private final Path file;

    Facts(Path file) {
        this.file = file;
    }

    void add(String name, double value) {
        write(name + "\t" + String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.2f", value));
    }

    /** p50 and p99 of {@code samples}, named {@code name_p50} and {@code name_p99}. */
    void percentiles(String name, List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        add(name + "_p50", sorted.get((int) Math.floor(0.50 * (sorted.size() - 1))));
        add(name + "_p99", sorted.get((int) Math.floor(0.99 * (sorted.size() - 1))));
        add(name + "_samples", sorted.size());
    }

    private void write(String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(line);
    }
}
