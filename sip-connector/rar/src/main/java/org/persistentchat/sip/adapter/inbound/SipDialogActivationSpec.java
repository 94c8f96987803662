package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

/**
 * Activates a {@link org.persistentchat.sip.SipDialogListener}: every such activation hears of
 * every dialog's end. There is nothing to select, so it has no properties.
 */
public class SipDialogActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;

  @Override
  public void validate() {
    // Nothing to configure.
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    this.resourceAdapter = ra;
  }

  @Override
  public String toString() {
    return "SIP dialog-end activation";
  }
}
