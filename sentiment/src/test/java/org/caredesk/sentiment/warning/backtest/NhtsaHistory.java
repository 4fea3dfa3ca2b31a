package org.caredesk.sentiment.warning.backtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NHTSA development set ({@code ../shared/data/nhtsa-kia}): complaints in filing order and
 * recalls as one row per campaign and model (the detector watches models, so a campaign's model
 * years are one recall of that model, reported on its earliest date). Never copied into the
 * repository; {@link #find()} is empty when the data is absent.
 */
record NhtsaHistory(List<Complaint> complaints, List<Recall> recalls) {

    /** One complaint with what the import would carry. */
    record Complaint(
            String odiNumber,
            LocalDate filed,
            String model,
            String modelYear,
            String component,
            boolean crash,
            boolean fire,
            int injured,
            int deaths,
            String summary) {
        boolean flagged() {
            return crash || fire || injured > 0 || deaths > 0;
        }
    }

    static Optional<Path> folder() {
        for (Path candidate : List.of(Path.of("../shared/data/nhtsa-kia"), Path.of("../../shared/data/nhtsa-kia"))) {
            if (Files.isReadable(candidate.resolve("complaints.csv"))
                    && Files.isReadable(candidate.resolve("recalls.csv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<NhtsaHistory> find() {
        return folder().map(NhtsaHistory::load);
    }

    static NhtsaHistory load(Path folder) {
        try (BufferedReader complaintsIn =
                        Files.newBufferedReader(folder.resolve("complaints.csv"), StandardCharsets.UTF_8);
                BufferedReader recallsIn =
                        Files.newBufferedReader(folder.resolve("recalls.csv"), StandardCharsets.UTF_8)) {
            List<Complaint> complaints = new ArrayList<>();
            List<List<String>> rows = CsvRows.read(complaintsIn);
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() < 12) {
                    continue;
                }
                complaints.add(new Complaint(
                        r.get(0),
                        LocalDate.parse(r.get(1)),
                        r.get(4).trim(),
                        r.get(5),
                        r.get(6),
                        "Yes".equalsIgnoreCase(r.get(7)),
                        "Yes".equalsIgnoreCase(r.get(8)),
                        number(r.get(9)),
                        number(r.get(10)),
                        r.get(11)));
            }
            complaints.sort(Comparator.comparing(Complaint::filed));
            Map<String, Recall> recalls = new HashMap<>();
            List<List<String>> recallRows = CsvRows.read(recallsIn);
            for (List<String> r : recallRows.subList(1, recallRows.size())) {
                if (r.size() < 6) {
                    continue;
                }
                Recall recall = new Recall(r.get(0), r.get(3).trim(), LocalDate.parse(r.get(1)), r.get(5));
                recalls.merge(
                        recall.campaign() + '|' + recall.product(),
                        recall,
                        (a, b) -> a.reported().isAfter(b.reported()) ? b : a);
            }
            List<Recall> sorted = new ArrayList<>(recalls.values());
            sorted.sort(Comparator.comparing(Recall::reported)
                    .thenComparing(Recall::campaign)
                    .thenComparing(Recall::product));
            return new NhtsaHistory(List.copyOf(complaints), List.copyOf(sorted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
