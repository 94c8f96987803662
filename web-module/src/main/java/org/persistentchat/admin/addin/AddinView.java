package org.persistentchat.admin.addin;

import java.util.List;
import org.persistentchat.addin.model.Addin;

/** An add-in and the rooms that show it. */
public record AddinView(String id, String name, String url, List<String> rooms) {

  static AddinView of(Addin addin, List<String> rooms) {
    return new AddinView(addin.id().toString(), addin.name(), addin.url(), rooms);
  }
}
