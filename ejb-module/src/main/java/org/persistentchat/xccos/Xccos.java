package org.persistentchat.xccos;

/** Protocol constants shared by the parser and the writer. */
public final class Xccos {

  /** The default namespace of every envelope; no prefixes are used on the wire. */
  public static final String NAMESPACE = "urn:parlano:xml:ns:xccos";

  /** The only protocol version ever seen ({@code ver="1"}). */
  public static final String VERSION = "1";

  private Xccos() {}
}
