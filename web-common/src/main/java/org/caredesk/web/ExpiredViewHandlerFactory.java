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
 * forged post therefore gets a redirect, never a 5xx and never its effect. A postback refused by
 * PrimeFaces' script policy (no or another nonce) is treated alike; refused in the background (ajax), it
 * changes nothing on the page.
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
        private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                while (error != null && !(error instanceof ViewExpiredException) && !isScriptNonceRefusal(error)) {
                    error = error.getCause();
                }
                if (error != null) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    if (error instanceof ViewExpiredException
                            || !faces.getPartialViewContext().isAjaxRequest()) {
                        backToThePage(faces);
                    } else {
                        nothingToUpdate(faces, error);
                    }
                    break;
                }
            }
            getWrapped().handle();
        }

        /**
         * PrimeFaces refuses a postback without the page's script nonce (a forged one, or a background request
         * of a page whose form is gone): it runs no action either way.
         */
        private static boolean isScriptNonceRefusal(Throwable error) {
            return error.getClass().getName().equals("org.primefaces.csp.CspException");
        }

        /** A refused background (ajax) request changes nothing on the page, rather than replacing it with an error. */
        private static void nothingToUpdate(FacesContext faces, Throwable error) {
            HttpServletRequest request =
                    (HttpServletRequest) faces.getExternalContext().getRequest();
            LOG.info(() -> "Refused a background request to " + request.getRequestURI() + ": " + error.getMessage());
            try {
                ExternalContext external = faces.getExternalContext();
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                external.getResponseOutputWriter()
                        .write("<?xml version='1.0' encoding='UTF-8'?><partial-response><changes/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
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
