package org.persistentchat.chat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** One server body as a client would read it: the payload element and a few accessors. */
record Received(String xml) {

  Element payload() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      NodeList children = doc.getDocumentElement().getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e) {
          return e;
        }
      }
      throw new AssertionError("empty envelope: " + xml);
    } catch (Exception e) {
      throw new AssertionError("not XML: " + xml, e);
    }
  }

  /** {@code rpl:join}, {@code ntc:part}, {@code grpchat}, ... */
  String id() {
    return payload().getAttribute("id");
  }

  int code() {
    return Integer.parseInt(first("resp").getAttribute("code"));
  }

  Element first(String name) {
    NodeList found = payload().getElementsByTagNameNS("*", name);
    if (found.getLength() == 0) {
      throw new AssertionError("no " + name + " in " + xml);
    }
    return (Element) found.item(0);
  }

  List<Element> all(String name) {
    NodeList found = payload().getElementsByTagNameNS("*", name);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      result.add((Element) found.item(i));
    }
    return result;
  }

  /** The text of every {@code chat} element, in document order. */
  List<String> chats() {
    return all("chat").stream().map(Node::getTextContent).toList();
  }
}
