package org.persistentchat.compliance.adapter;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Sender} of a message.
 *
 * @param id the principal id ({@code tblPrincipal.prinID}); required
 * @param uri the user's SIP URI; required
 * @param userName the display name, if known and asked for
 * @param email the e-mail address, if known and asked for
 * @param internal false only for federated users, which this server does not admit
 */
public record Sender(int id, String uri, Optional<String> userName, Optional<String> email,
    boolean internal) {

  public Sender {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(email, "email");
  }

  public static Sender withoutDetails(int id, String uri) {
    return new Sender(id, uri, Optional.empty(), Optional.empty(), true);
  }
}
