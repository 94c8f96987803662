package org.persistentchat.xccos;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.persistentchat.xccos.MalformedXccosException.Reason;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.SeqId;

/**
 * Streams one body into an {@link XmlNode} tree, enforcing the depth limit and refusing DTDs
 * and entity references as they appear. It records the envelope id and the command id as soon
 * as their start tags are read, so a later syntax error can still be answered in XCCOS.
 */
final class TreeReader {

  private final XMLInputFactory factory;
  private final XccosLimits limits;
  private final EnvelopeProgress progress;

  TreeReader(XMLInputFactory factory, XccosLimits limits, EnvelopeProgress progress) {
    this.factory = factory;
    this.limits = limits;
    this.progress = progress;
  }

  XmlNode read(byte[] body) throws MalformedXccosException {
    try {
      // The reader is not closed on failure: it only wraps a byte array, nothing leaks.
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
      XmlNode root = readRoot(reader);
      reader.close();
      return root;
    } catch (XMLStreamException e) {
      throw new MalformedXccosException(
          Reason.NOT_WELL_FORMED, "body is not well-formed XML", progress, e);
    }
  }

  private XmlNode readRoot(XMLStreamReader reader)
      throws XMLStreamException, MalformedXccosException {
    // One entry per open element; null marks a foreign element whose subtree is skipped.
    List<XmlNode> open = new ArrayList<>();
    XmlNode root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.DTD:
        case XMLStreamConstants.ENTITY_REFERENCE:
        case XMLStreamConstants.ENTITY_DECLARATION:
        case XMLStreamConstants.NOTATION_DECLARATION:
          throw new MalformedXccosException(
              Reason.DOCTYPE_FORBIDDEN, "DTDs and entities are not allowed", progress);
        case XMLStreamConstants.START_ELEMENT:
          if (open.size() + 1 > limits.maxDepth()) {
            throw new MalformedXccosException(
                Reason.TOO_DEEP, "elements nest deeper than " + limits.maxDepth(), progress);
          }
          XmlNode parent = open.isEmpty() ? null : open.get(open.size() - 1);
          XmlNode node;
          if (open.isEmpty()) {
            node = startRoot(reader);
            root = node;
          } else {
            node = parent == null ? null : startChild(reader, open.size() + 1);
            if (node != null) {
              parent.addChild(node);
            }
          }
          open.add(node);
          break;
        case XMLStreamConstants.END_ELEMENT:
          open.remove(open.size() - 1);
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (!open.isEmpty() && open.get(open.size() - 1) != null) {
            open.get(open.size() - 1).appendText(reader.getText());
          }
          break;
        default:
          // Comments, processing instructions, document start/end: nothing to keep.
          break;
      }
    }
    if (root == null) {
      throw new MalformedXccosException(Reason.NOT_AN_ENVELOPE, "no root element", progress);
    }
    return root;
  }

  private XmlNode startRoot(XMLStreamReader reader) throws MalformedXccosException {
    if (!"xccos".equals(reader.getLocalName())
        || !Xccos.NAMESPACE.equals(reader.getNamespaceURI())) {
      throw new MalformedXccosException(
          Reason.NOT_AN_ENVELOPE, "the root is not an xccos envelope", progress);
    }
    XmlNode root = element(reader);
    String envid = root.attribute("envid").orElse(null);
    if (!EnvelopeId.isValid(envid)) {
      throw new MalformedXccosException(
          Reason.INVALID_CONTENT, "envelope without a valid envid", progress);
    }
    progress.envelopeId(EnvelopeId.of(envid));
    return root;
  }

  private XmlNode startChild(XMLStreamReader reader, int depth) {
    if (!Xccos.NAMESPACE.equals(reader.getNamespaceURI())) {
      return null;
    }
    XmlNode node = element(reader);
    if (depth == 2 && node.name().equals("cmd")) {
      noteCommand(node);
    }
    return node;
  }

  private void noteCommand(XmlNode cmd) {
    String name = cmd.attribute("id").flatMap(CommandNames::strip).orElse(null);
    // A bad seqid is left unset here; the mapper reports it. This only remembers what is usable.
    SeqId seq = cmd.attribute("seqid").filter(SeqId::isValid).map(SeqId::of).orElse(null);
    progress.command(name, seq);
  }

  private static XmlNode element(XMLStreamReader reader) {
    XmlNode node = new XmlNode(reader.getLocalName());
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = reader.getAttributeNamespace(i);
      if (ns == null || ns.isEmpty()) {
        node.putAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
      }
    }
    return node;
  }
}
