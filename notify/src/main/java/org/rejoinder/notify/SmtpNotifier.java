package org.rejoinder.notify;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Notifier} that sends email over SMTP with Jakarta Mail (Eclipse Angus Mail): a
 * {@code multipart/alternative} message with a text and an HTML part from {@link
 * MailTemplates}. A message that belongs to a subscription carries the one-click unsubscribe
 * headers of RFC 8058 ({@code List-Unsubscribe: <https://…>} and {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click}); every message is marked {@code Auto-Submitted: auto-generated}
 * and has a {@code Message-ID} made from the notification's key, so that a message sent again
 * after a crash has the same id.
 *
 * <p>An SMTP reply in the 5xx range and a refused address are permanent failures; anything else
 * (a 4xx reply, a connection that fails) is tried again by the {@link OutboxSender}.
 *
 * <pre>{@code
 * SmtpNotifier mail = SmtpNotifier.builder("smtp.example.com", 587, "blog@example.com")
 *     .login("blog@example.com", password)
 *     .build();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SmtpNotifier implements Notifier {
  private final Session session;
  private final InternetAddress from;
  private final MailTemplates templates;
  private final String messageIdDomain;

  private SmtpNotifier(Builder b) {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", b.host);
    properties.put("mail.smtp.port", Integer.toString(b.port));
    properties.put("mail.smtp.connectiontimeout", Long.toString(b.timeoutMillis));
    properties.put("mail.smtp.timeout", Long.toString(b.timeoutMillis));
    properties.put("mail.smtp.writetimeout", Long.toString(b.timeoutMillis));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(b.startTls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(b.startTls));
    String user = b.user;
    String password = b.password;
    if (user != null && password != null) {
      properties.put("mail.smtp.auth", "true");
      properties.put("mail.smtp.user", user);
    }
    this.session = Session.getInstance(properties);
    this.from = b.from;
    this.templates = b.templates;
    this.messageIdDomain = b.from.getAddress().substring(b.from.getAddress().indexOf('@') + 1);
    this.user = user;
    this.password = password;
  }

  private final @Nullable String user;
  private final @Nullable String password;

  /**
   * Returns a builder of a notifier that sends through the SMTP server at {@code host:port}, from
   * {@code from}.
   *
   * @throws IllegalArgumentException if {@code from} is not an address or the port is out of range
   */
  public static Builder builder(String host, int port, String from) {
    return new Builder(host, port, from);
  }

  @Override
  public void send(Message message) throws DeliveryException {
    requireNonNull(message, "message must not be null");
    try {
      MimeMessage mail = new KeyedMessage(session, messageId(message));
      mail.setFrom(from);
      mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.notification().recipient(), true));
      mail.setSubject(templates.subject(message), "UTF-8");
      mail.setSentDate(new Date());
      mail.setHeader("Auto-Submitted", "auto-generated");
      if (message.unsubscribe() != null) {
        mail.setHeader("List-Unsubscribe", "<" + message.unsubscribe() + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      MimeBodyPart text = new MimeBodyPart();
      text.setText(templates.text(message), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(templates.html(message), "UTF-8", "html");
      mail.setContent(new MimeMultipart("alternative", text, html));
      mail.saveChanges();
      if (user != null && password != null) {
        Transport.send(mail, user, password);
      } else {
        Transport.send(mail);
      }
    } catch (AddressException e) {
      throw new DeliveryException("The recipient's address is not valid", true, e);
    } catch (SMTPSendFailedException e) {
      throw new DeliveryException("The SMTP server refused the message with " + e.getReturnCode(),
          e.getReturnCode() >= 500, e);
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      throw new DeliveryException("The SMTP server refused the recipient", invalid != null && invalid.length > 0, e);
    } catch (MessagingException e) {
      throw new DeliveryException("Could not send by SMTP: " + e.getClass().getSimpleName(), false, e);
    }
  }

  private String messageId(Message message) {
    String hash = Hashing.sha256()
        .hashString(message.notification().key(), StandardCharsets.UTF_8).toString().substring(0, 32);
    return "<" + hash + ".rejoinder@" + messageIdDomain + ">";
  }

  @Override
  public String toString() {
    return "SmtpNotifier[" + session.getProperty("mail.smtp.host") + ":"
        + session.getProperty("mail.smtp.port") + "]";
  }

  /** A message whose Message-ID is the one given, not one made up at saving. */
  private static final class KeyedMessage extends MimeMessage {
    private final String id;

    KeyedMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }

  /**
   * Builds an {@link SmtpNotifier}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    /** The default {@link #timeout(java.time.Duration)}: {@value} seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final String host;
    private final int port;
    private final InternetAddress from;
    private @Nullable String user;
    private @Nullable String password;
    private boolean startTls;
    private long timeoutMillis = DEFAULT_TIMEOUT_SECONDS * 1000L;
    private MailTemplates templates = MailTemplates.standard();

    private Builder(String host, int port, String from) {
      this.host = requireNonNull(host, "host must not be null");
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("port must be 1 to 65535 but was " + port);
      }
      this.port = port;
      try {
        this.from = new InternetAddress(requireNonNull(from, "from must not be null"), true);
      } catch (AddressException e) {
        throw new IllegalArgumentException("from must be an email address", e);
      }
    }

    /** Signs in to the server with a user name and password. Default: no sign-in. */
    public Builder login(String user, String password) {
      this.user = requireNonNull(user, "user must not be null");
      this.password = requireNonNull(password, "password must not be null");
      return this;
    }

    /** Sets whether the connection must be upgraded with STARTTLS. Default: {@code false}. */
    public Builder startTls(boolean required) {
      this.startTls = required;
      return this;
    }

    /**
     * Sets the connect, read and write timeouts. Default: {@value #DEFAULT_TIMEOUT_SECONDS}
     * seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(java.time.Duration timeout) {
      requireNonNull(timeout, "timeout must not be null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive but was " + timeout);
      }
      this.timeoutMillis = timeout.toMillis();
      return this;
    }

    /** Sets the templates. Default: {@link MailTemplates#standard()}. */
    public Builder templates(MailTemplates templates) {
      this.templates = requireNonNull(templates, "templates must not be null");
      return this;
    }

    /** Returns the notifier. */
    public SmtpNotifier build() {
      return new SmtpNotifier(this);
    }
  }
}
