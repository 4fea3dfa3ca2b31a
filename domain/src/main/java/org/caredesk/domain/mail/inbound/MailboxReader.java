package org.caredesk.domain.mail.inbound;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.mail.MailboxSettings;

/**
 * Reads the mailbox over IMAP (IMAPS, or STARTTLS whenever a plain-IMAP server offers it) and lands
 * every waiting mail. A mail leaves the inbox (moved to {@code CareDesk-Processed}, or to
 * {@code CareDesk-Quarantine}) only after what became of it was committed, so a crash in between
 * at worst fetches it again, and the store keeps it once. One mail that fails never holds back the next.
 */
public class MailboxReader implements AutoCloseable {
    public static final String PROCESSED = "CareDesk-Processed";
    public static final String QUARANTINE = "CareDesk-Quarantine";
    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /**
     * Mails listed per round. Large, because some servers (GreenMail among them) walk the whole
     * folder for every FETCH command: the number of commands, not of mails, sets the cost.
     */
    private static final int BATCH = 1000;
    /** Bytes of whole mails held in memory at once: a chunk of the batch is fetched in one command. */
    private static final long CHUNK_BYTES = 32L * 1024 * 1024;
    /** Some servers drop a connection silent for 30 s (GreenMail does); real ones allow 30 minutes. */
    private static final long KEEP_ALIVE_NANOS = 10_000_000_000L;

    private static final String TIMEOUT_MILLIS = "20000";

    /** Where mails go: in the container the transactional {@link MailLanding}; each call one transaction. */
    public interface Sink {
        boolean known(String dedupKey);

        LandingOutcome land(ParsedMail mail);

        void quarantine(String dedupKey, String reason, byte[] raw);
    }

    /** What one drain did. */
    public record Report(int fetched, int landed, int duplicates, int quarantined) {}

    private final MailboxSettings settings;
    private final Sink sink;
    private Store store;
    private Folder inbox;

    public MailboxReader(MailboxSettings settings, Sink sink) {
        this.settings = settings;
        this.sink = sink;
    }

    /** Lands every mail waiting in the folder; throws when the mailbox cannot be reached. */
    public Report drain() throws MessagingException {
        Folder folder = open();
        // A folder kept open may answer a cached count; selecting it again asks the server.
        folder.close(false);
        folder.open(Folder.READ_WRITE);
        int fetched = 0;
        int landed = 0;
        int duplicates = 0;
        int quarantined = 0;
        while (folder.getMessageCount() > 0) {
            int count = folder.getMessageCount();
            Message[] batch = folder.getMessages(1, Math.min(count, BATCH));
            FetchProfile sizes = new FetchProfile();
            sizes.add(FetchProfile.Item.SIZE);
            folder.fetch(batch, sizes);
            for (Message[] chunk : chunks(batch)) {
                prefetch(folder, chunk);
                List<Message> done = new ArrayList<>();
                List<Message> bad = new ArrayList<>();
                long lastContact = System.nanoTime();
                for (Message message : chunk) {
                    fetched++;
                    LandingOutcome.Kind kind = handle(raw(message));
                    switch (kind) {
                        case LANDED -> landed++;
                        case DUPLICATE -> duplicates++;
                        default -> quarantined++;
                    }
                    (kind == LandingOutcome.Kind.QUARANTINED ? bad : done).add(message);
                    if (System.nanoTime() - lastContact > KEEP_ALIVE_NANOS) {
                        // Landing a chunk takes a while: a word to the server keeps it from closing an idle connection.
                        folder.getMessageCount();
                        lastContact = System.nanoTime();
                    }
                }
                // Moved (and expunged, which lets go of the fetched mails) a chunk at a time: few commands,
                // since a server may walk the whole folder for each, and about one chunk in memory.
                moveAll(folder, done, bad);
            }
        }
        return new Report(fetched, landed, duplicates, quarantined);
    }

    /** Parses and lands one raw mail, or quarantines it with the reason; never throws for a bad mail. */
    public LandingOutcome.Kind handle(byte[] raw) {
        ParsedMail parsed;
        try {
            parsed = MailParser.parse(raw);
        } catch (UnparseableMail e) {
            sink.quarantine(MailParser.dedupKey(null, raw), e.getMessage(), raw);
            return LandingOutcome.Kind.QUARANTINED;
        }
        String key = parsed.dedupKey();
        try {
            // land() itself answers DUPLICATE for a stored mail: no separate look-up (a transaction a mail) first.
            return sink.land(parsed).kind();
        } catch (RuntimeException e) {
            if (sink.known(key)) {
                // Another reader (an instance, the other application) stored it at the same moment.
                return LandingOutcome.Kind.DUPLICATE;
            }
            LOG.log(Level.WARNING, "A mail could not be stored; quarantined", e);
            sink.quarantine("failed:" + key, "could not be stored: " + e, raw);
            return LandingOutcome.Kind.QUARANTINED;
        }
    }

    /**
     * Waits for new mail: IMAP IDLE when the server offers it (ended by new mail or by
     * {@link #interruptWait()}), else nothing (the caller sleeps its poll interval).
     * Answers whether it waited.
     */
    public boolean idle() {
        try {
            Folder folder = open();
            var method = folder.getClass().getMethod("idle", boolean.class);
            method.invoke(folder, true);
            return true;
        } catch (ReflectiveOperationException | MessagingException | RuntimeException e) {
            return false;
        }
    }

    /** Ends an IDLE from another thread: any command on the folder does. */
    public void interruptWait() {
        try {
            Folder folder = inbox;
            if (folder != null && folder.isOpen()) {
                folder.getMessageCount();
            }
        } catch (MessagingException | RuntimeException e) {
            // the next drain reconnects
        }
    }

    /** Splits a batch into runs whose mails together stay under {@link #CHUNK_BYTES} (a run holds at least one). */
    static List<Message[]> chunks(Message[] batch) throws MessagingException {
        List<Message[]> chunks = new ArrayList<>();
        int start = 0;
        long bytes = 0;
        for (int i = 0; i < batch.length; i++) {
            long size = Math.max(0, batch[i].getSize());
            if (i > start && bytes + size > CHUNK_BYTES) {
                chunks.add(java.util.Arrays.copyOfRange(batch, start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (start < batch.length) {
            chunks.add(java.util.Arrays.copyOfRange(batch, start, batch.length));
        }
        return chunks;
    }

    /**
     * Fetches the chunk's whole mails in one IMAP command (Jakarta Mail's IMAP "entire message"
     * fetch item, looked up on the provider's folder class so no provider class is compiled in);
     * without it each mail is fetched when it is read, one command a mail.
     */
    private static void prefetch(Folder folder, Message[] chunk) {
        try {
            Class<?> items = Class.forName(
                    folder.getClass().getName() + "$FetchProfileItem",
                    true,
                    folder.getClass().getClassLoader());
            FetchProfile whole = new FetchProfile();
            whole.add((FetchProfile.Item) items.getField("MESSAGE").get(null));
            folder.fetch(chunk, whole);
        } catch (ReflectiveOperationException | ClassCastException e) {
            // not an IMAP folder of Jakarta Mail's provider: read one by one
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Whole-mail prefetch failed; reading the mails one by one", e);
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read a mail: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Moves what was landed and what was quarantined so far out of the folder, and forgets them. */
    private void moveAll(Folder folder, List<Message> done, List<Message> bad) throws MessagingException {
        move(folder, done, PROCESSED);
        move(folder, bad, QUARANTINE);
        if (!done.isEmpty() || !bad.isEmpty()) {
            folder.expunge();
        }
        done.clear();
        bad.clear();
    }

    private void move(Folder folder, List<Message> messages, String target) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        // Made sure of at connecting: asking now would use the store's own connection, which may
        // have gone idle (and been dropped) while the chunk landed.
        Folder destination = store.getFolder(target);
        Message[] array = messages.toArray(Message[]::new);
        folder.copyMessages(array, destination);
        folder.setFlags(array, new Flags(Flags.Flag.DELETED), true);
    }

    private synchronized Folder open() throws MessagingException {
        if (inbox != null && inbox.isOpen() && store.isConnected()) {
            return inbox;
        }
        close();
        Properties p = new Properties();
        String protocol = settings.protocol();
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        p.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".partialfetch", "false");
        p.put("mail." + protocol + ".fetchsize", "1048576");
        if (protocol.equals("imap")) {
            p.put("mail.imap.starttls.enable", "true");
        } else {
            p.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        Store opened = Session.getInstance(p).getStore(protocol);
        opened.connect(settings.host(), settings.port(), settings.user(), settings.password());
        for (String target : List.of(PROCESSED, QUARANTINE)) {
            Folder destination = opened.getFolder(target);
            if (!destination.exists()) {
                destination.create(Folder.HOLDS_MESSAGES);
            }
        }
        Folder folder = opened.getFolder(settings.folder());
        folder.open(Folder.READ_WRITE);
        store = opened;
        inbox = folder;
        return folder;
    }

    @Override
    public synchronized void close() {
        try {
            if (inbox != null && inbox.isOpen()) {
                inbox.close(true);
            }
        } catch (MessagingException | RuntimeException e) {
            // closing a broken connection
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // closing a broken connection
        }
        inbox = null;
        store = null;
    }
}
