package org.persistentchat.compliance.xml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads the adapter's files back for assertions. */
final class XmlOutput {

  private XmlOutput() {}

  static List<Path> files(Path directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static String text(Document document, String xpath) throws Exception {
    return XPathFactory.newDefaultInstance().newXPath().evaluate(xpath, document);
  }

  static int count(Document document, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newDefaultInstance().newXPath()
        .evaluate(xpath, document, XPathConstants.NODESET)).getLength();
  }
}
