package org.caredesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a real list. PrimeFaces writes each message as {@code <li role="alert">}, which makes it no
 * list item, so every page showing an error failed axe's "list" rule (serious) — on the sign-in pages after a wrong
 * password, among others. The item keeps its own role; the messages' container is already a polite live region, so
 * screen readers still announce each message.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItemRoleDropped(writer), uiMessages, msg, severity, escape);
    }

    /** Passes everything on except a {@code role} attribute on a list item. */
    static final class ListItemRoleDropped extends ResponseWriterWrapper {
        private String element = "";

        ListItemRoleDropped(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
