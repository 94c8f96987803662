package org.persistentchat.sip.adapter;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which peers are trusted front ends, allowed to assert a user's identity ({@code
 * P-Asserted-Identity}): TLS peers whose certificate names one of the {@code TrustedPeers}
 * patterns, and TCP peers whose address is in {@code TrustedAddresses}. This mirrors Lync's
 * trusted-server (MTLS) port, where only known front-end pools may speak for users.
 *
 * @param peerPatterns host name patterns ({@code *} matches within one label) matched
 *     case-insensitively against the certificate's DNS subject-alternative names and subject CN
 * @param addresses IP addresses and CIDR ranges
 */
public record PeerTrust(List<Pattern> peerPatterns, List<AddressRange> addresses) {

  public static final PeerTrust NONE = new PeerTrust(List.of(), List.of());

  /** Parses both lists, adding a problem for each bad entry. */
  static PeerTrust parse(String peers, String addressList, List<String> problems) {
    List<Pattern> patterns = new ArrayList<>();
    for (String glob : split(peers)) {
      if (!glob.matches("[A-Za-z0-9*._-]+")) {
        problems.add("TrustedPeers entry '" + glob + "' is not a host name pattern (letters, digits, '.', '-', '*')");
      } else {
        patterns.add(globToPattern(glob));
      }
    }
    List<AddressRange> ranges = new ArrayList<>();
    for (String entry : split(addressList)) {
      try {
        ranges.add(AddressRange.parse(entry));
      } catch (IllegalArgumentException e) {
        problems.add("TrustedAddresses entry '" + entry + "' " + e.getMessage());
      }
    }
    return new PeerTrust(List.copyOf(patterns), List.copyOf(ranges));
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code *} stands for one DNS label or part of one, as in certificate wildcards. */
  private static Pattern globToPattern(String glob) {
    List<String> quoted = new ArrayList<>();
    for (String part : glob.split("\\*", -1)) {
      quoted.add(Pattern.quote(part));
    }
    return Pattern.compile(String.join("[^.]*", quoted), Pattern.CASE_INSENSITIVE);
  }

  /** Whether any certificate identity (DNS subject-alternative name, subject CN) matches. */
  public boolean trustsCertificate(Collection<String> identities) {
    for (String identity : identities) {
      for (Pattern p : peerPatterns) {
        if (p.matcher(identity).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean trustsAddress(InetAddress address) {
    return addresses.stream().anyMatch(r -> r.contains(address));
  }

  /** An IP address or a CIDR range. */
  public record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String text) {
      String[] parts = text.split("/", 2);
      if (!parts[0].matches("[0-9A-Fa-f:.]+")) {
        throw new IllegalArgumentException("is not an IP address or CIDR range");
      }
      byte[] address;
      try {
        address = InetAddress.getByName(parts[0]).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("is not an IP address or CIDR range", e);
      }
      int bits = address.length * 8;
      int prefix = bits;
      if (parts.length == 2) {
        try {
          prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("has a prefix length that is not a number", e);
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException("has a prefix length outside 0-" + bits);
        }
      }
      return new AddressRange(address, prefix);
    }

    boolean contains(InetAddress candidate) {
      byte[] other = candidate.getAddress();
      if (other.length != network.length) {
        return false;
      }
      int shift = network.length * 8 - prefixLength;
      return new BigInteger(1, other).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
    }
  }
}
