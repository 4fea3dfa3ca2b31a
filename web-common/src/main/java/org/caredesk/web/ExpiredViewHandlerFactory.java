package org.caredesk.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form post whose view state is unknown (a forged cross-site post, or a page left open past
 * its session) runs no action: the person is sent back to the page, which says why ({@code ?expired=true}, shown by the layout). A
 * forged post therefore gets a redirect, never a 5xx and never its effect.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                while (error != null && !(error instanceof ViewExpiredException)) {
                    error = error.getCause();
                }
                if (error != null) {
                    events.remove();
                    backToThePage(FacesContext.getCurrentInstance());
                    break;
                }
            }
            getWrapped().handle();
        }

        private static void backToThePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String uri = request.getRequestURI();
            try {
                external.redirect(uri + (uri.contains("?") ? "&" : "?") + "expired=true");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
