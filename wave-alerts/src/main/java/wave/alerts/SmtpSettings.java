package wave.alerts;

import java.util.List;
import java.util.Objects;

/**
 * How to reach a mail server.
 *
 * @param host        the SMTP server
 * @param port        its port (587 with STARTTLS, 465 with TLS, 25 plain)
 * @param security    {@code starttls}, {@code tls} or {@code none}
 * @param user        the login, or null to send without one
 * @param password    the password (a secret: never shown), or null without a login
 * @param from        the sender address
 * @param to          the recipients, at least one
 * @param timeoutMillis how long to wait for a connection and for each answer, milliseconds
 */
public record SmtpSettings(String host, int port, String security, String user, String password, String from,
                           List<String> to, int timeoutMillis) {
    /** Requires a host, a port, a known security, a sender and recipients. */
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("mail alerts need at least one recipient");
        }
        if (!List.of("starttls", "tls", "none").contains(security)) {
            throw new IllegalArgumentException("mail security must be starttls, tls or none, got '" + security + "'");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user " + user + ", from " + from + ", to " + to + "]";
    }
}
