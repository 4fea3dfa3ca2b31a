package org.caredesk.sentiment;

import java.util.List;
import java.util.Objects;

/** A catalogue product as the matcher needs it: its code and every way consumers may name it. */
public record ProductReference(String code, String name, List<String> aliases, List<String> modelNumbers) {
    public ProductReference {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        modelNumbers = modelNumbers == null ? List.of() : List.copyOf(modelNumbers);
    }
}
