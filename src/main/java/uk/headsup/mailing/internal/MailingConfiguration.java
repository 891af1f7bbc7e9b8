package uk.headsup.mailing.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.headsup.mailing.internal.transport.DevelopmentOutbox;
import uk.headsup.mailing.internal.transport.NotifyTransport;
import uk.headsup.mailing.internal.transport.SmtpTransport;
import uk.headsup.mailing.internal.transport.Transport;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailingSettings.class)
class MailingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailingConfiguration.class);

    /**
     * GOV.UK Notify when {@code headsup.mailing.govuk-notify.api-key} is set, else SMTP when {@code spring.mail.host} is,
     * otherwise the development outbox.
     */
    @Bean
    Transport transport(ObjectProvider<JavaMailSenderImpl> smtp, MailingSettings settings) throws AddressException {
        if (settings.govukNotify().enabled()) {
            log.info(
                    "Email: sending through GOV.UK Notify, template {}",
                    settings.govukNotify().templateId());
            return NotifyTransport.of(settings.govukNotify(), settings.connectTimeout(), settings.readTimeout());
        }
        JavaMailSenderImpl sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("Email: no SMTP server configured (spring.mail.host); messages are kept in the development"
                    + " outbox at /dev/outbox");
            return new DevelopmentOutbox();
        }
        log.info("Email: sending over SMTP to {}:{}", sender.getHost(), sender.getPort());
        return new SmtpTransport(
                sender,
                new InternetAddress(settings.from(), true),
                settings.messagesPerConnection(),
                settings.connectTimeout(),
                settings.readTimeout());
    }
}
