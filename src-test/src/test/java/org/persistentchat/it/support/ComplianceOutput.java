package org.persistentchat.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the compliance adapter's XML files: every {@code Messages/Message} of the conversations of
 * one room, with the file it came from.
 */
public final class ComplianceOutput {

  private ComplianceOutput() {}

  /** One {@code Message} as written. */
  public record Written(Path file, String type, String content, String id, String senderUri,
      String senderId, String since1970, String string, String ticks) {}

  public static List<Path> xmlFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
  }

  /** Every message of {@code roomUri} in the default-shaped files of the directory. */
  public static List<Written> messagesOf(Path directory, String roomUri) throws Exception {
    List<Written> written = new ArrayList<>();
    for (Path file : xmlFiles(directory)) {
      byte[] xml = Files.readAllBytes(file);
      if (!new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains(roomUri)) {
        continue;
      }
      Document doc = parse(xml);
      NodeList conversations = doc.getElementsByTagName("Conversation");
      for (int c = 0; c < conversations.getLength(); c++) {
        Element conversation = (Element) conversations.item(c);
        Element channel = (Element) conversation.getElementsByTagName("Channel").item(0);
        if (!roomUri.equals(channel.getAttribute("uri"))) {
          continue;
        }
        Element messages = (Element) conversation.getElementsByTagName("Messages").item(0);
        NodeList list = messages.getElementsByTagName("Message");
        for (int m = 0; m < list.getLength(); m++) {
          Element message = (Element) list.item(m);
          Element sender = (Element) message.getElementsByTagName("Sender").item(0);
          Element time = (Element) message.getElementsByTagName("DateTimeUTC").item(0);
          written.add(new Written(file, message.getAttribute("type"),
              message.getAttribute("content"), message.getAttribute("id"),
              sender.getAttribute("uri"), sender.getAttribute("id"),
              time.getAttribute("since1970"), time.getAttribute("string"),
              time.getAttribute("long")));
        }
      }
    }
    return written;
  }

  public static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
