package wave.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;

/** E-mail over SMTP (Jakarta Mail): the title as subject, the time and details as a plain-text body. */
public final class SmtpMailChannel implements AlertChannel {
    private final SmtpSettings settings;
    private final Session session;

    /** A channel sending through {@code settings}' server. */
    public SmtpMailChannel(SmtpSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = settings.security().equals("tls") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(settings.timeoutMillis()));
        properties.put("mail." + protocol + ".timeout", Integer.toString(settings.timeoutMillis()));
        properties.put("mail." + protocol + ".writetimeout", Integer.toString(settings.timeoutMillis()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.user() != null));
        if (settings.security().equals("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator login = settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
        this.session = Session.getInstance(properties, login);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Alert alert) throws IOException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            for (String recipient : settings.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            }
            message.setSubject("Wave " + alert.title(), "UTF-8");
            message.setSentDate(new Date(Math.floorDiv(alert.tsNanos(), 1_000_000L)));
            message.setText(alert.plainText() + "\n", "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IOException(name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }
}
