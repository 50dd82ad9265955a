package org.rejoinder.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Notifier} that POSTs each message as JSON to the application's endpoint, signed so
 * that the endpoint can tell it came from here: the header {@value #SIGNATURE_HEADER} is {@code
 * sha256=} and the hex HMAC-SHA256, under the shared secret, of the {@value #TIMESTAMP_HEADER}
 * header's value, a dot, and the body; an endpoint checks it and refuses old timestamps to stop
 * replays. {@value #KEY_HEADER} carries the notification's key, the same on every retry.
 *
 * <p>A 2xx answer is delivered; 408, 429 and 5xx answers, timeouts and broken connections are
 * tried again by the {@link OutboxSender}; any other answer is a permanent failure.
 *
 * <p>The body: {@code {"key", "kind", "recipient", "postTitle", "authorName", "text", "link",
 * "unsubscribe", "confirm", "createdAt"}}, absent values left out.
 *
 * @since 0.2.0
 */
public final class WebhookNotifier implements Notifier {
  /** The signature header: {@value}. */
  public static final String SIGNATURE_HEADER = "X-Rejoinder-Signature";
  /** The header with the time of signing, in seconds since the epoch: {@value}. */
  public static final String TIMESTAMP_HEADER = "X-Rejoinder-Timestamp";
  /** The header with the notification's key: {@value}. */
  public static final String KEY_HEADER = "Idempotency-Key";

  private static final JsonFactory JSON = new JsonFactory();

  private final URI endpoint;
  private final SecretKeySpec key;
  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;

  private WebhookNotifier(Builder b) {
    this.endpoint = b.endpoint;
    this.key = new SecretKeySpec(b.secret.clone(), "HmacSHA256");
    this.timeout = b.timeout;
    this.clock = b.clock;
    this.client = HttpClient.newBuilder().connectTimeout(b.timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Returns a builder of a notifier that posts to {@code endpoint}, signing with {@code secret}.
   *
   * @param endpoint an absolute http(s) address
   * @param secret at least 32 bytes, shared with the endpoint
   * @throws IllegalArgumentException if either is unfit
   */
  public static Builder builder(URI endpoint, byte[] secret) {
    return new Builder(endpoint, secret);
  }

  @Override
  public void send(Message message) throws DeliveryException {
    requireNonNull(message, "message must not be null");
    byte[] body = body(message);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header(TIMESTAMP_HEADER, timestamp)
        .header(SIGNATURE_HEADER, "sha256=" + sign(timestamp, body))
        .header(KEY_HEADER, message.notification().key())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<Void> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new DeliveryException("The webhook could not be reached: " + e.getClass().getSimpleName(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("Interrupted while calling the webhook", false, e);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      boolean permanent = status != 408 && status != 429 && status < 500;
      throw new DeliveryException("The webhook answered " + status, permanent, null);
    }
  }

  /** Returns the hex HMAC-SHA256 of {@code timestamp + "." + body}. */
  String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] body(Message m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("key", m.notification().key());
      json.writeStringField("kind", m.kind().name());
      json.writeStringField("recipient", m.notification().recipient());
      json.writeStringField("postTitle", m.postTitle());
      field(json, "authorName", m.authorName());
      json.writeStringField("text", m.text());
      field(json, "link", m.link() == null ? null : m.link().toString());
      field(json, "unsubscribe", m.unsubscribe() == null ? null : m.unsubscribe().toString());
      field(json, "confirm", m.confirm() == null ? null : m.confirm().toString());
      json.writeStringField("createdAt", m.notification().createdAt().toString());
      if (!m.items().isEmpty()) {
        json.writeArrayFieldStart("items");
        for (Message.Item item : m.items()) {
          json.writeStartObject();
          json.writeStringField("kind", item.kind().name());
          json.writeStringField("authorName", item.authorName());
          json.writeStringField("excerpt", item.excerpt());
          json.writeStringField("link", item.link().toString());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void field(JsonGenerator json, String name, @Nullable String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  @Override
  public String toString() {
    return "WebhookNotifier[" + endpoint + ", timeout " + timeout + "]";
  }

  /**
   * Builds a {@link WebhookNotifier}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    /** The default {@link #timeout(Duration)}: {@value} seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private final URI endpoint;
    private final byte[] secret;
    private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    private Clock clock = Clock.systemUTC();

    private Builder(URI endpoint, byte[] secret) {
      requireNonNull(endpoint, "endpoint must not be null");
      requireNonNull(secret, "secret must not be null");
      checkArgument(endpoint.isAbsolute()
              && ("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())),
          "endpoint must be an absolute http(s) address but was %s", endpoint);
      checkArgument(secret.length >= 32, "secret must be at least 32 bytes but was %s", secret.length);
      this.endpoint = endpoint;
      this.secret = secret.clone();
    }

    /**
     * Sets the connect and answer timeout. Default: {@value #DEFAULT_TIMEOUT_SECONDS} seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      requireNonNull(timeout, "timeout must not be null");
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive but was %s", timeout);
      this.timeout = timeout;
      return this;
    }

    /** Sets the clock of the timestamp header. Default: {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** Returns the notifier. */
    public WebhookNotifier build() {
      return new WebhookNotifier(this);
    }
  }
}
