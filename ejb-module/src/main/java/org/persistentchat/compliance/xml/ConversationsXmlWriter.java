package org.persistentchat.compliance.xml;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Sender;

/**
 * Writes Lync's default {@code Conversations} document. Room and user details are written only
 * when the configuration asks for them (AddChatRoomDetails, AddUserDetails) and they are known.
 */
final class ConversationsXmlWriter {

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private final boolean roomDetails;
  private final boolean userDetails;

  ConversationsXmlWriter(boolean roomDetails, boolean userDetails) {
    this.roomDetails = roomDetails;
    this.userDetails = userDetails;
  }

  void write(List<Conversation> conversations, OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    xml.writeStartElement("Conversations");
    for (Conversation conversation : conversations) {
      writeConversation(xml, conversation);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private void writeConversation(XMLStreamWriter xml, Conversation conversation)
      throws XMLStreamException {
    xml.writeStartElement("Conversation");
    writeChannel(xml, conversation.room());
    writeMessage(xml, "FirstMessage", conversation.firstMessage());
    xml.writeStartElement("Messages");
    for (ComplianceMessage message : conversation.messages()) {
      writeMessage(xml, "Message", message);
    }
    xml.writeEndElement();
    writeTime(xml, "StartTimeUTC", conversation.start());
    writeTime(xml, "EndTimeUTC", conversation.end());
    xml.writeEndElement();
  }

  private void writeChannel(XMLStreamWriter xml, ChatRoom room) throws XMLStreamException {
    xml.writeEmptyElement("Channel");
    xml.writeAttribute("uri", XmlText.clean(room.uri()));
    if (roomDetails) {
      if (room.name().isPresent()) {
        xml.writeAttribute("name", XmlText.clean(room.name().get()));
      }
      if (room.logged().isPresent()) {
        xml.writeAttribute("islogged", room.logged().get().toString());
      }
    }
  }

  private void writeMessage(XMLStreamWriter xml, String element, ComplianceMessage message)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("type", message.type().name());
    xml.writeAttribute("content", XmlText.clean(message.content()));
    xml.writeAttribute("id", Long.toString(message.contentId()));
    writeSender(xml, message.sender());
    writeTime(xml, "DateTimeUTC", message.at());
    xml.writeEndElement();
  }

  private void writeSender(XMLStreamWriter xml, Sender sender) throws XMLStreamException {
    xml.writeEmptyElement("Sender");
    if (userDetails && sender.userName().isPresent()) {
      xml.writeAttribute("UserName", XmlText.clean(sender.userName().get()));
    }
    xml.writeAttribute("id", Integer.toString(sender.id()));
    if (userDetails && sender.email().isPresent()) {
      xml.writeAttribute("email", XmlText.clean(sender.email().get()));
    }
    xml.writeAttribute("internal", Boolean.toString(sender.internal()));
    xml.writeAttribute("uri", XmlText.clean(sender.uri()));
  }

  private static void writeTime(XMLStreamWriter xml, String element, Instant at)
      throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute("since1970", TimeEncoding.since1970(at));
    xml.writeAttribute("string", TimeEncoding.string(at));
    xml.writeAttribute("long", TimeEncoding.ticks(at));
  }
}
