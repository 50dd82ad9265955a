package org.rejoinder.moderation;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;

/** An IPv4 or IPv6 address range in CIDR notation; a single address is a range of one. */
final class IpRange {
  private final byte[] network;
  private final int prefix;

  private IpRange(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /**
   * Parses {@code "192.0.2.7"}, {@code "192.0.2.0/24"}, {@code "2001:db8::/32"}.
   *
   * @throws IllegalArgumentException if it is not an address or a range
   */
  static IpRange parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    if (!InetAddresses.isInetAddress(address)) {
      throw malformed(text);
    }
    byte[] bytes = InetAddresses.forString(address).getAddress();
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String digits = text.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        throw malformed(text);
      }
      prefix = Integer.parseInt(digits);
      if (prefix > bits) {
        throw malformed(text);
      }
    }
    return new IpRange(bytes, prefix);
  }

  /** Returns the range as text: the address, and {@code /prefix} unless it is a single address. */
  String canonical() {
    String address = InetAddresses.toAddrString(masked());
    return prefix == network.length * 8 ? address : address + "/" + prefix;
  }

  /** Returns whether {@code address}, an IP address as text, lies in this range. */
  boolean contains(String address) {
    byte[] candidate = InetAddresses.forString(address).getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private InetAddress masked() {
    byte[] bytes = network.clone();
    for (int bit = prefix; bit < bytes.length * 8; bit++) {
      bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e); // never: the length is 4 or 16
    }
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException(
        "ban.value must be an IP address or CIDR range but was " + text);
  }
}
