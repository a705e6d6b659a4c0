package wave.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.testkit.FakeHttpServer;

/** Each channel against its local fake: real HTTP servers on loopback, GreenMail for SMTP. */
class ChannelsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** 2024-03-12T13:31:00Z. */
    private static final long TS = 1_710_250_260_000_000_000L;
    private static final Alert FILL = new Alert(AlertKind.FILL, TS, "FILL O-7 BUY 150 ACME.SIM @ 11", "fee 1.65 USD");

    @Test
    void slackWebhookPostsTheTitleInBoldWithTheTimeAndDetails() throws Exception {
        try (FakeHttpServer slack = FakeHttpServer.answering(200)) {
            new SlackWebhookChannel(slack.uri("/services/T000/B000/XXXX"), TIMEOUT).send(FILL);

            assertThat(slack.received()).containsExactly(new FakeHttpServer.Received("POST", "/services/T000/B000/XXXX",
                    "application/json", "{\"text\":\"*FILL O-7 BUY 150 ACME.SIM @ 11*\\n2024-03-12T13:31:00Z\\nfee 1.65 USD\"}"));
        }
    }

    @Test
    void jsonWebhookPostsTheEventsFields() throws Exception {
        try (FakeHttpServer hook = FakeHttpServer.answering(204)) {
            new JsonWebhookChannel(hook.uri("/wave"), TIMEOUT).send(new Alert(AlertKind.REFUSAL, TS,
                    "REFUSED O-3 ACME.SIM: denied RISK_LIMIT", "order of 2,000 \"ACME\" above\tthe limit"));

            assertThat(hook.received()).extracting(FakeHttpServer.Received::body).containsExactly(
                    "{\"kind\":\"refusals\",\"time\":\"2024-03-12T13:31:00Z\",\"title\":\"REFUSED O-3 ACME.SIM: denied "
                            + "RISK_LIMIT\",\"text\":\"order of 2,000 \\\"ACME\\\" above\\tthe limit\"}");
        }
    }

    @Test
    void telegramBotSendsToItsChatThroughTheTokensPath() throws Exception {
        try (FakeHttpServer bot = FakeHttpServer.answering(200)) {
            new TelegramChannel(bot.uri(""), "123456:ABC-DEF", "-100777", TIMEOUT).send(FILL);

            assertThat(bot.received()).containsExactly(new FakeHttpServer.Received("POST", "/bot123456:ABC-DEF/sendMessage",
                    "application/json", "{\"chat_id\":\"-100777\",\"text\":\"[2024-03-12T13:31:00Z] FILL O-7 BUY 150 "
                            + "ACME.SIM @ 11\\nfee 1.65 USD\"}"));
        }
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureNamingTheChannelNotItsAddress() throws Exception {
        try (FakeHttpServer bot = FakeHttpServer.answering(401)) {
            TelegramChannel channel = new TelegramChannel(bot.uri(""), "123456:SECRET", "1", TIMEOUT);
            assertThatThrownBy(() -> channel.send(FILL)).isInstanceOf(IOException.class).hasMessage("telegram: HTTP 401");
        }
    }

    @Test
    void mailGoesThroughAnSmtpServerWithLogin() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            smtp.setUser("wave@example.com", "wave", "s3cret");
            SmtpSettings settings = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "none", "wave", "s3cret",
                    "wave@example.com", List.of("ops@example.com", "desk@example.com"), 5_000);
            new SmtpMailChannel(settings).send(FILL);

            assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
            MimeMessage[] messages = smtp.getReceivedMessages();
            assertThat(messages).hasSize(2);
            assertThat(messages[0].getSubject()).isEqualTo("Wave FILL O-7 BUY 150 ACME.SIM @ 11");
            assertThat(messages[0].getFrom()[0].toString()).isEqualTo("wave@example.com");
            assertThat(messages[0].getAllRecipients()).extracting(Object::toString)
                    .containsExactly("ops@example.com", "desk@example.com");
            assertThat(GreenMailUtil.getBody(messages[0]).strip())
                    .isEqualTo("[2024-03-12T13:31:00Z] FILL O-7 BUY 150 ACME.SIM @ 11\r\nfee 1.65 USD");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aWrongMailPasswordIsAFailure() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            smtp.setUser("wave@example.com", "wave", "s3cret");
            SmtpSettings settings = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "none", "wave", "wrong",
                    "wave@example.com", List.of("ops@example.com"), 5_000);
            assertThatThrownBy(() -> new SmtpMailChannel(settings).send(FILL)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("email: AuthenticationFailedException")
                    .hasMessageNotContaining("wrong");
        } finally {
            smtp.stop();
        }
    }
}
