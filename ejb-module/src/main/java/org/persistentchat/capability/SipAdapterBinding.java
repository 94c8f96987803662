package org.persistentchat.capability;

/**
 * The name WildFly knows the embedded SIP resource adapter by: {@code <ear>#<rar>}. The EAR is
 * built as {@code pchat.ear} and must be deployed under that name (docs/adr/0002).
 */
public final class SipAdapterBinding {

  public static final String RESOURCE_ADAPTER = "pchat.ear#sip-connector.rar";

  private SipAdapterBinding() {}
}
