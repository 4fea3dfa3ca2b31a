package org.caredesk.domain.cases.macros;

/** No macro has that id: the web boundaries answer 404. */
public class MacroNotFoundException extends IllegalArgumentException {
    public MacroNotFoundException(long id) {
        super("No macro " + id);
    }
}
