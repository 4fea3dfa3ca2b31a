package org.caredesk.system;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The NHTSA development complaints ({@code ../shared/data/nhtsa-kia/complaints.csv}) as import
 * lines: the model as product, the filing day at noon UTC, the ODI number as external id, and
 * NHTSA's crash, fire, injured and deaths flags, component and model year. Never
 * copied into the repository; empty when the data is absent.
 */
final class DevelopmentComplaints {

    record Complaint(
            String odiNumber,
            String filed,
            String model,
            String summary,
            boolean crash,
            boolean fire,
            int injured,
            int deaths,
            String component,
            String modelYear) {
        String importLine() {
            return Json.createObjectBuilder()
                    .add("receivedAt", filed + "T12:00:00Z")
                    .add("channel", "web")
                    .add("text", summary)
                    .add("product", model)
                    .add("externalId", "nhtsa-" + odiNumber)
                    .add("crash", crash)
                    .add("fire", fire)
                    .add("injured", injured)
                    .add("deaths", deaths)
                    .add("component", component)
                    .add("modelYear", Integer.parseInt(modelYear.trim()))
                    .build()
                    .toString();
        }
    }

    private DevelopmentComplaints() {}

    static Optional<List<Complaint>> load(Predicate<Complaint> filter) {
        for (Path file : List.of(
                Path.of("../shared/data/nhtsa-kia/complaints.csv"),
                Path.of("../../shared/data/nhtsa-kia/complaints.csv"))) {
            if (Files.isReadable(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    List<Complaint> complaints = new ArrayList<>();
                    List<List<String>> rows = rows(in);
                    for (List<String> r : rows.subList(1, rows.size())) {
                        if (r.size() >= 12) {
                            Complaint c = new Complaint(
                                    r.get(0),
                                    r.get(1),
                                    r.get(4).trim(),
                                    r.get(11),
                                    "Yes".equalsIgnoreCase(r.get(7)),
                                    "Yes".equalsIgnoreCase(r.get(8)),
                                    count(r.get(9)),
                                    count(r.get(10)),
                                    r.get(6),
                                    r.get(5));
                            if (filter.test(c)) {
                                complaints.add(c);
                            }
                        }
                    }
                    return Optional.of(complaints);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static int count(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> rows(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean quoteSeen = false;
        for (int c = in.read(); c != -1; c = in.read()) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    quoted = false;
                    quoteSeen = true;
                } else {
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"') {
                if (quoteSeen) {
                    field.append('"'); // a doubled quote inside a quoted field
                }
                quoted = true;
            } else if (ch == ',' || ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (ch == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (ch != '\r') {
                field.append(ch);
            }
            quoteSeen = false;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
