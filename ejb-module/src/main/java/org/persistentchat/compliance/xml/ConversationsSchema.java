package org.persistentchat.compliance.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The XSD of the default adapter's output ({@code conversations.xsd} beside this package). */
public final class ConversationsSchema {

  public static final String RESOURCE = "/org/persistentchat/compliance/conversations.xsd";

  private static final Schema SCHEMA = load();

  private ConversationsSchema() {}

  /** Throws {@link SAXException} naming the first violation. */
  public static void validate(byte[] xml) throws SAXException, IOException {
    try {
      SCHEMA.newValidator().validate(new SAXSource(SecureXml.xmlReader(),
          new InputSource(new ByteArrayInputStream(xml))));
    } catch (ParserConfigurationException e) {
      throw new SAXException("no XML parser for validation", e);
    }
  }

  private static Schema load() {
    URL xsd = ConversationsSchema.class.getResource(RESOURCE);
    if (xsd == null) {
      throw new IllegalStateException("missing " + RESOURCE + " in the deployment");
    }
    try {
      return SecureXml.schemaFactory().newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("broken " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
