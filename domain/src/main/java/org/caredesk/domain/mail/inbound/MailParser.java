package org.caredesk.domain.mail.inbound;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one raw RFC 5322 mail leniently, the way real mail arrives: bad dates, undecodable
 * subjects, unknown charsets, odd transfer encodings and addresses that do not parse are read as
 * well as they can be. A mail whose MIME structure cannot be walked at all is refused with the
 * reason ({@link UnparseableMail}), so it goes to quarantine instead of blocking the mailbox.
 */
public final class MailParser {
    /** A mail nested deeper than this is a parser bomb, not a person's message. */
    private static final int MAX_DEPTH = 12;

    private static final int MAX_ID = 250;
    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]{1,245}>");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Session SESSION = Session.getInstance(lenient());

    private MailParser() {}

    private static Properties lenient() {
        Properties p = new Properties();
        p.put("mail.mime.address.strict", "false");
        p.put("mail.mime.decodetext.strict", "false");
        p.put("mail.mime.parameters.strict", "false");
        p.put("mail.mime.decodefilename", "true");
        p.put("mail.mime.decodeparameters", "true");
        p.put("mail.mime.base64.ignoreerrors", "true");
        p.put("mail.mime.uudecode.ignoreerrors", "true");
        p.put("mail.mime.uudecode.ignoremissingbeginend", "true");
        p.put("mail.mime.multipart.ignoremissingendboundary", "true");
        p.put("mail.mime.multipart.ignorewhitespacelines", "true");
        p.put("mail.mime.ignoreunknownencoding", "true");
        p.put("mail.mime.allowutf8", "true");
        return p;
    }

    public static ParsedMail parse(byte[] raw) throws UnparseableMail {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new UnparseableMail("unreadable headers: " + e.getMessage(), e);
        }
        try {
            String messageId = messageId(message);
            String[] from = from(message);
            Body body = new Body();
            walk(message, body, 0);
            String text = body.text.toString().strip();
            if (text.isEmpty() && body.html.length() > 0) {
                text = HtmlText.toText(body.html.toString());
            }
            return new ParsedMail(
                    dedupKey(messageId, message, raw),
                    messageId,
                    threadIds(message),
                    from[0],
                    from[1],
                    addresses(message, Message.RecipientType.TO),
                    addresses(message, Message.RecipientType.CC),
                    subject(message),
                    QuotedHistory.fold(text),
                    body.html.length() == 0 ? null : body.html.toString(),
                    List.copyOf(body.parts),
                    AutomaticMail.reason(message, from[0]),
                    raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnparseableMail("broken MIME structure: " + describe(e), e);
        }
    }

    /** One header of a mail as a person reads it: encoded words decoded, folded lines joined. */
    public record Header(String name, String value) {}

    /** At most this many headers are shown: a mail with thousands of them is shown cut. */
    static final int MAX_HEADERS = 200;

    /**
     * The headers and the whole text (quoted history included) of a raw mail, for "view original";
     * a mail whose structure cannot be read gives what could be read (empty text at worst).
     */
    public static Readable readable(byte[] raw) {
        List<Header> headers = new ArrayList<>();
        Body body = new Body();
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            var all = message.getAllHeaders();
            while (all.hasMoreElements() && headers.size() < MAX_HEADERS) {
                jakarta.mail.Header h = all.nextElement();
                headers.add(new Header(h.getName(), headerValue(h.getValue())));
            }
            walk(message, body, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // shown as far as it could be read
        }
        String text = body.text.toString().strip();
        if (text.isEmpty() && body.html.length() > 0) {
            text = HtmlText.toText(body.html.toString());
        }
        return new Readable(List.copyOf(headers), text);
    }

    /** What {@link #readable(byte[])} gives. */
    public record Readable(List<Header> headers, String text) {}

    private static String headerValue(String value) {
        if (value == null) {
            return "";
        }
        String unfolded = value.replaceAll("\\r?\\n[ \\t]+", " ");
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return unfolded;
        }
    }

    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedMail.MailPart> parts = new ArrayList<>();
    }

    private static void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("nested more than " + MAX_DEPTH + " levels deep");
        }
        String type = contentType(part);
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                appendText(body, part, "text/plain");
                return;
            }
            int count = multipart.getCount();
            if (type.equals("multipart/alternative")) {
                walkAlternative(multipart, body, depth);
                return;
            }
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), body, depth + 1);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        if (!attachment
                && (type.equals("text/plain")
                        || type.equals("text/html")
                        || type.startsWith("text/rfc822")
                        || type.equals("message/delivery-status")
                        || type.isEmpty())) {
            appendText(body, part, type);
            return;
        }
        byte[] content = bytes(part);
        boolean inline = Part.INLINE.equalsIgnoreCase(disposition(part))
                || (part instanceof MimePart mime && mime.getContentID() != null);
        String name = fileName(part);
        body.parts.add(new ParsedMail.MailPart(
                name == null ? (type.startsWith("message/") ? "message.eml" : "attachment") : name,
                type,
                content,
                inline));
    }

    /** The richest alternative a person can read: plain text, with the HTML kept for "view original". */
    private static void walkAlternative(Multipart multipart, Body body, int depth)
            throws MessagingException, IOException {
        Body chosen = new Body();
        for (int i = 0; i < multipart.getCount(); i++) {
            walk(multipart.getBodyPart(i), chosen, depth + 1);
        }
        if (chosen.text.length() > 0) {
            body.text.append(chosen.text);
        } else if (chosen.html.length() > 0) {
            body.text.append(HtmlText.toText(chosen.html.toString())).append('\n');
        }
        body.html.append(chosen.html);
        body.parts.addAll(chosen.parts);
    }

    private static void appendText(Body body, Part part, String type) throws MessagingException, IOException {
        String text = MailCharsets.decode(bytes(part), charset(part));
        if (type.equals("text/html")) {
            body.html.append(text);
            return;
        }
        if (body.text.length() > 0) {
            body.text.append('\n');
        }
        body.text.append(text.replace("\r\n", "\n"));
    }

    /** The decoded bytes; with a transfer encoding that cannot be decoded, the bytes as sent. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException e) {
            if (part instanceof MimeMessage m) {
                try (InputStream in = m.getRawInputStream()) {
                    return in.readAllBytes();
                }
            }
            if (part instanceof jakarta.mail.internet.MimeBodyPart p) {
                try (InputStream in = p.getRawInputStream()) {
                    return in.readAllBytes();
                }
            }
            throw e;
        }
    }

    private static String contentType(Part part) {
        try {
            String header = part.getContentType();
            return header == null
                    ? "text/plain"
                    : new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }

    private static String charset(Part part) {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            Matcher m = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE)
                    .matcher(String.valueOf(safeHeader(part, "Content-Type")));
            return m.find() ? m.group(1) : null;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank()
                    ? null
                    : MimeUtility.decodeText(name).strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String safeHeader(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String messageId(MimeMessage message) throws MessagingException {
        String header = message.getHeader("Message-ID", null);
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(header);
        String id = m.find() ? m.group() : "<" + header.strip().replaceAll("[<>\\s]", "") + ">";
        return id.length() > MAX_ID || id.length() < 3 ? null : id;
    }

    private static List<String> threadIds(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : new String[] {"References", "In-Reply-To"}) {
            String header = message.getHeader(name, " ");
            if (header != null) {
                Matcher m = ANGLE_ID.matcher(header);
                while (m.find()) {
                    ids.add(m.group());
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The sender's address (lower case) and name; both null when no address can be found. */
    private static String[] from(MimeMessage message) throws MessagingException {
        String header = message.getHeader("From", ",");
        if (header == null) {
            header = message.getHeader("Sender", ",");
        }
        if (header == null) {
            return new String[] {null, null};
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            for (InternetAddress address : parsed) {
                if (address.getAddress() != null
                        && ADDRESS.matcher(address.getAddress()).matches()) {
                    return new String[] {address.getAddress().toLowerCase(Locale.ROOT), decoded(address.getPersonal())};
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // fall back to finding an address in the header's text
        }
        Matcher m = ADDRESS.matcher(header);
        return m.find() ? new String[] {m.group().toLowerCase(Locale.ROOT), null} : new String[] {null, null};
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
        List<String> found = new ArrayList<>();
        try {
            String header = message.getHeader(type == Message.RecipientType.TO ? "To" : "Cc", ",");
            if (header == null) {
                return found;
            }
            Matcher m = ADDRESS.matcher(header);
            while (m.find() && found.size() < 50) {
                found.add(m.group().toLowerCase(Locale.ROOT));
            }
        } catch (MessagingException e) {
            // no recipients to show
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            subject = safeHeader(message, "Subject");
        }
        if (subject == null) {
            return "";
        }
        // Header bytes that were not ASCII arrive as ISO-8859-1 chars; reread them as UTF-8 when they are.
        if (subject.chars().anyMatch(c -> c > 0x7F && c < 0x100)) {
            byte[] bytes = subject.getBytes(StandardCharsets.ISO_8859_1);
            if (MailCharsets.validUtf8(bytes) && subject.chars().allMatch(c -> c < 0x100)) {
                subject = new String(bytes, StandardCharsets.UTF_8);
            }
        }
        return subject.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String decoded(String personal) {
        return personal == null || personal.isBlank() ? null : personal.strip();
    }

    /**
     * The Message-ID with a short hash of Date, From and Subject, which a redelivery keeps and a
     * different mail that reuses an id (badly written mailers do) does not; a hash of the bytes without one.
     */
    static String dedupKey(String messageId, MimeMessage message, byte[] raw) throws MessagingException {
        if (messageId == null) {
            return dedupKey(null, raw);
        }
        String identity = message.getHeader("Date", "|") + "\n" + message.getHeader("From", "|") + "\n"
                + message.getHeader("Subject", "|");
        return "mid:" + messageId + "|"
                + sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String dedupKey(String messageId, byte[] raw) {
        return messageId != null ? "mid:" + messageId : "sha256:" + sha256(raw);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
