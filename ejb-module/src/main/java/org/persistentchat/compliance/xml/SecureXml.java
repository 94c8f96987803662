package org.persistentchat.compliance.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XML factories with DTDs, external entities and external resources switched off. The JDK's own
 * implementations are asked for by name ({@code newDefaultInstance}) so that a parser or XSLT
 * engine on the deployment's class path cannot silently ignore these settings.
 */
final class SecureXml {

  private SecureXml() {}

  static TransformerFactory transformerFactory() throws TransformerConfigurationException {
    TransformerFactory factory = TransformerFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    factory.setErrorListener(STRICT);
    return factory;
  }

  static SchemaFactory schemaFactory() throws SAXException {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  /** A namespace-aware reader that refuses any DOCTYPE, so no entity can ever be expanded. */
  static XMLReader xmlReader() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory.newSAXParser().getXMLReader();
  }

  /**
   * Fails on every error and keeps warnings out of standard error (the JDK's default listener
   * prints there); warnings surface through the exception of a later error, if any.
   */
  static final ErrorListener STRICT = new ErrorListener() {
    @Override
    public void warning(TransformerException e) {
      XmlAdapterLogger.LOG.stylesheetWarning(e.getMessageAndLocation());
    }

    @Override
    public void error(TransformerException e) throws TransformerException {
      throw e;
    }

    @Override
    public void fatalError(TransformerException e) throws TransformerException {
      throw e;
    }
  };
}
