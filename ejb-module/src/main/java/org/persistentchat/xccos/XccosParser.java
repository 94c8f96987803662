package org.persistentchat.xccos;

import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.persistentchat.xccos.MalformedXccosException.Reason;
import org.persistentchat.xccos.model.InboundEnvelope;

/**
 * Parses the XCCOS body of a client INFO into an {@link InboundEnvelope}.
 *
 * <p>The body is untrusted: its size is checked before any parsing, DTDs, entities and external
 * resources are refused rather than resolved, and element depth is bounded. The JDK's own StAX
 * implementation is used on purpose, so the hardening does not depend on which StAX provider the
 * application server puts first on the class path. Instances are thread-safe and meant to be
 * shared; nothing is logged.
 */
public final class XccosParser {

  private static final byte[] DOCTYPE = {'<', '!', 'D', 'O', 'C', 'T', 'Y', 'P', 'E'};

  private final XccosLimits limits;
  private final XMLInputFactory factory;

  public XccosParser() {
    this(XccosLimits.DEFAULTS);
  }

  public XccosParser(XccosLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.factory = hardenedFactory();
  }

  public XccosLimits limits() {
    return limits;
  }

  /**
   * Parses one body (UTF-8 unless the body declares otherwise).
   *
   * @throws MalformedXccosException if the body is too large, not well-formed, uses a DTD or
   *     entity, is not an XCCOS envelope, or breaks the protocol
   */
  public InboundEnvelope parse(byte[] body) throws MalformedXccosException {
    Objects.requireNonNull(body, "body");
    EnvelopeProgress progress = new EnvelopeProgress();
    if (body.length > limits.maxBodyBytes()) {
      throw new MalformedXccosException(
          Reason.BODY_TOO_LARGE, "body exceeds " + limits.maxBodyBytes() + " bytes", progress);
    }
    // Refuse before the parser sees it; the DTD event check in TreeReader covers other encodings.
    if (contains(body, DOCTYPE)) {
      throw new MalformedXccosException(
          Reason.DOCTYPE_FORBIDDEN, "DTDs are not allowed", progress);
    }
    XmlNode root = new TreeReader(factory, limits, progress).read(body);
    return new PayloadReader(progress).read(root);
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are never resolved");
        });
    return factory;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
