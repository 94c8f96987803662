package org.persistentchat.compliance.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import org.persistentchat.compliance.adapter.InvalidStylesheetException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The CustomConfiguration XSLT, compiled once at configuration time and applied to each file. */
final class CompiledStylesheet {

  private final Templates templates;

  private CompiledStylesheet(Templates templates) {
    this.templates = templates;
  }

  static CompiledStylesheet compile(String xslt) throws InvalidStylesheetException {
    try {
      SAXSource source = new SAXSource(SecureXml.xmlReader(), new InputSource(new StringReader(xslt)));
      return new CompiledStylesheet(SecureXml.transformerFactory().newTemplates(source));
    } catch (TransformerConfigurationException e) {
      throw new InvalidStylesheetException(e.getMessageAndLocation(), e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new InvalidStylesheetException(e.getMessage(), e);
    }
  }

  /** Input is read through the DOCTYPE-refusing reader, never a plain StreamSource. */
  byte[] apply(byte[] conversationsXml) throws TransformerException {
    try {
      Transformer transformer = templates.newTransformer();
      transformer.setErrorListener(SecureXml.STRICT);
      ByteArrayOutputStream out = new ByteArrayOutputStream(conversationsXml.length);
      SAXSource input = new SAXSource(SecureXml.xmlReader(),
          new InputSource(new ByteArrayInputStream(conversationsXml)));
      transformer.transform(input, new StreamResult(out));
      return out.toByteArray();
    } catch (ParserConfigurationException | SAXException e) {
      throw new TransformerException("cannot read the conversations for the stylesheet", e);
    }
  }
}
