package org.rejoinder.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures with the application's secret. Each purpose signs with a key of its own
 * derived from the secret, so that a token made for one purpose is worth nothing for another.
 */
public final class Signer {
  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret;

  /** Creates a signer; the caller checked that the secret is long enough. */
  public Signer(byte[] secret) {
    this.secret = secret.clone();
  }

  /** Returns the signature of {@code payload} for {@code purpose}, base64url without padding. */
  public String sign(String purpose, String payload) {
    byte[] key = mac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    return BASE64URL.encodeToString(mac(key, payload.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns whether {@code signature} is the signature of {@code payload}, in constant time. */
  public boolean verify(String purpose, String payload, String signature) {
    return MessageDigest.isEqual(
        sign(purpose, payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** Encodes bytes as base64url without padding. */
  public static String base64url(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
