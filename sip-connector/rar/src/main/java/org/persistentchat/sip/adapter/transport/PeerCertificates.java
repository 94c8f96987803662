package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.TransactionExt;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.sip.ServerTransaction;

/**
 * The names a TLS peer proved with its client certificate: DNS subject-alternative names first,
 * then the subject CN. Empty when the peer sent no certificate (or the transport is not TLS).
 */
final class PeerCertificates {

  private static final int SAN_DNS = 2;

  private PeerCertificates() {}

  static List<String> identities(ServerTransaction transaction) {
    if (!(transaction instanceof TransactionExt ext) || !"TLS".equalsIgnoreCase(ext.getTransport())) {
      return List.of();
    }
    Certificate[] chain;
    try {
      chain = ext.getPeerCertificates();
    } catch (SSLPeerUnverifiedException | UnsupportedOperationException e) {
      return List.of(); // no client certificate: an ordinary, untrusted TLS client
    }
    if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          if (san.size() == 2 && Integer.valueOf(SAN_DNS).equals(san.get(0))) {
            names.add(String.valueOf(san.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // A malformed extension proves nothing; fall back to the subject CN.
      names.clear();
    }
    try {
      for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          names.add(String.valueOf(rdn.getValue()));
        }
      }
    } catch (InvalidNameException e) {
      // The JDK produced the name, so this cannot happen; keep what the SANs gave.
      return List.copyOf(names);
    }
    return List.copyOf(names);
  }
}
