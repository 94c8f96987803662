package org.persistentchat.compliance.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.TransformerException;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.UnwritableOutputDirectoryException;
import org.xml.sax.SAXException;

/**
 * The default adapter: Lync's {@code Conversations} XML in the output directory, one file per run
 * or (OneChatRoomPerOutputFile) one per room and run, optionally transformed by the
 * CustomConfiguration stylesheet. Every file is complete on disk before {@link #translate} returns.
 */
public class XmlComplianceAdapter implements ComplianceAdapter {

  /** Lync's AdapterType value for its XML adapter, accepted so that old settings carry over. */
  public static final String LYNC_TYPE_NAME =
      "Microsoft.Rtc.Internal.Chat.Server.Compliance.XmlAdapter,compliance";

  private AdapterConfiguration config;
  private Optional<CompiledStylesheet> stylesheet = Optional.empty();

  @Override
  public Set<String> typeNames() {
    return Set.of(AdapterConfiguration.DEFAULT_ADAPTER_TYPE, LYNC_TYPE_NAME,
        "Microsoft.Rtc.Internal.Chat.Server.Compliance.XmlAdapter", getClass().getName());
  }

  @Override
  public void setConfig(AdapterConfiguration config) throws ComplianceConfigurationException {
    checkWritable(config.outputDirectory());
    Optional<CompiledStylesheet> compiled = Optional.empty();
    if (config.customConfiguration().isPresent()) {
      compiled = Optional.of(CompiledStylesheet.compile(config.customConfiguration().get()));
    }
    this.config = config;
    this.stylesheet = compiled;
  }

  @Override
  public void translate(Conversations conversations) throws AdapterException {
    if (config == null) {
      throw new IllegalStateException("setConfig must be called before translate");
    }
    if (conversations.isEmpty()) {
      return;
    }
    List<List<Conversation>> files = new ArrayList<>();
    if (config.oneChatRoomPerOutputFile()) {
      Map<String, List<Conversation>> byRoom = new LinkedHashMap<>();
      for (Conversation c : conversations.conversations()) {
        byRoom.computeIfAbsent(c.room().uri(), k -> new ArrayList<>()).add(c);
      }
      files.addAll(byRoom.values());
    } else {
      files.add(conversations.conversations());
    }
    for (List<Conversation> file : files) {
      String base = config.oneChatRoomPerOutputFile()
          ? OutputFileNames.roomBaseName(file)
          : OutputFileNames.baseName(file);
      writeFile(base, file);
    }
  }

  private void writeFile(String baseName, List<Conversation> conversations)
      throws AdapterException {
    Path directory = config.outputDirectory();
    String fileName = baseName + ".xml";
    try {
      byte[] xml = render(conversations);
      // Our own output must match the published shape; a mismatch is a bug to stop on, not to
      // hand to an archiving product.
      ConversationsSchema.validate(xml);
      byte[] content = stylesheet.isPresent() ? stylesheet.get().apply(xml) : xml;
      if (config.createFileAttachmentsManifest()) {
        byte[] manifest = AttachmentManifest.of(conversations);
        if (manifest != null) {
          // Manifest first: once the XML file shows up, its manifest is already complete.
          AtomicFiles.write(directory, baseName + AttachmentManifest.EXTENSION, manifest);
        }
      }
      AtomicFiles.write(directory, fileName, content);
      XmlAdapterLogger.LOG.wrote(conversations.size(),
          conversations.stream().mapToInt(c -> c.messages().size()).sum(),
          directory.resolve(fileName).toString());
    } catch (IOException e) {
      throw new AdapterException("cannot write " + directory.resolve(fileName) + ": " + e, e);
    } catch (XMLStreamException | SAXException e) {
      throw new AdapterException("cannot render conversations as XML: " + e.getMessage(), e);
    } catch (TransformerException e) {
      throw new AdapterException("the compliance stylesheet failed on " + fileName + ": "
          + e.getMessageAndLocation(), e);
    }
  }

  private byte[] render(List<Conversation> conversations) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConversationsXmlWriter(config.addChatRoomDetails(), config.addUserDetails())
        .write(conversations, out);
    return out.toByteArray();
  }

  /** Proves writability by creating a file, as permission bits alone lie (ACLs, root, mounts). */
  private static void checkWritable(Path directory) throws UnwritableOutputDirectoryException {
    if (!Files.exists(directory)) {
      throw new UnwritableOutputDirectoryException(directory, "does not exist");
    }
    if (!Files.isDirectory(directory)) {
      throw new UnwritableOutputDirectoryException(directory, "is not a directory");
    }
    try {
      Path probe = Files.createTempFile(directory, ".pchat-write-probe", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new UnwritableOutputDirectoryException(directory, "is not writable: " + e, e);
    }
  }
}
