package org.rejoinder.model;

import com.google.common.net.InetAddresses;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.internal.Checks;

/**
 * Where a comment came from: the client's IP address and user agent. Moderation uses them (flood
 * control, bans, keyword rules); renderers never show them, and {@link #toString()} hides them.
 *
 * @param ip a textual IPv4 or IPv6 address, or {@code null}
 * @param userAgent the client's user agent, at most {@value Limits#MAX_USER_AGENT_CHARS}
 *     characters (longer ones are cut), or {@code null}
 * @since 0.1.0
 */
public record ClientInfo(@Nullable String ip, @Nullable String userAgent) {
  /** No client information. */
  public static final ClientInfo NONE = new ClientInfo(null, null);

  /**
   * Creates client information.
   *
   * @throws InvalidInputException if {@code ip} is not an IP address
   */
  public ClientInfo {
    ip = Checks.optionalLine("client.ip", ip, 64);
    if (ip != null) {
      if (!InetAddresses.isInetAddress(ip)) {
        throw new InvalidInputException(
            "client.ip", Problem.MALFORMED, "client.ip is not an IP address");
      }
      ip = InetAddresses.toAddrString(InetAddresses.forString(ip));
    }
    if (userAgent != null) {
      userAgent = userAgent.strip();
      if (userAgent.length() > Limits.MAX_USER_AGENT_CHARS) {
        int end = Limits.MAX_USER_AGENT_CHARS;
        if (Character.isHighSurrogate(userAgent.charAt(end - 1))) {
          end--;
        }
        userAgent = userAgent.substring(0, end);
      }
      userAgent = Checks.optionalLine("client.userAgent", userAgent, Limits.MAX_USER_AGENT_CHARS);
    }
  }

  /** Returns client information for an address and a user agent. */
  public static ClientInfo of(@Nullable String ip, @Nullable String userAgent) {
    return new ClientInfo(ip, userAgent);
  }

  /** Hides the values, which are personal data. */
  @Override
  public String toString() {
    return "ClientInfo[" + (ip == null ? "" : "ip") + (userAgent == null ? "" : " userAgent") + "]";
  }
}
