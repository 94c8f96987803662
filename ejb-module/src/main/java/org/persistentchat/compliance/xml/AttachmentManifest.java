package org.persistentchat.compliance.xml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;

/**
 * The {@code .ATTACH} manifest (CreateFileAttachmentsManifest): one line per file upload or
 * download in an output file, so that an archiving product can collect the files from the file
 * store. Lync's own layout is undocumented; this one is tab-separated UTF-8 with a header line:
 * time (ISO-8601 UTC), type, room URI, user URI, stored file name.
 */
final class AttachmentManifest {

  static final String EXTENSION = ".ATTACH";
  static final String HEADER = "timeUtc\ttype\tchannelUri\tuserUri\tfileName";

  private AttachmentManifest() {}

  /** The manifest for these conversations, or null when they hold no file event. */
  static byte[] of(List<Conversation> conversations) {
    StringBuilder lines = new StringBuilder();
    for (Conversation c : conversations) {
      for (ComplianceMessage m : c.messages()) {
        if (m.type().isFileTransfer()) {
          lines.append(TimeEncoding.string(m.at())).append('\t')
              .append(m.type().name()).append('\t')
              .append(field(c.room().uri())).append('\t')
              .append(field(m.sender().uri())).append('\t')
              .append(field(m.content())).append('\n');
        }
      }
    }
    if (lines.isEmpty()) {
      return null;
    }
    return (HEADER + "\n" + lines).getBytes(StandardCharsets.UTF_8);
  }

  /** Tabs and line breaks would break the layout; file names and URIs should not hold them. */
  private static String field(String value) {
    return value.replaceAll("[\\t\\r\\n]", " ");
  }
}
