package org.persistentchat.unit;

import java.util.ResourceBundle;
import org.eclipse.persistence.exceptions.i18n.ExceptionMessageGenerator;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Lets go of what the JDK caches for EclipseLink once a persistence unit closes (undeploy).
 *
 * <p>EclipseLink builds exception messages from resource bundles loaded by its own class loader,
 * the EAR's library loader. It does so on every deploy, because it probes for canonical metamodel
 * classes and catches the conversion failures. The JDK's bundle cache keeps those bundles through
 * soft references, and each bundle holds its class loader, so an undeployed EAR stayed loaded (all
 * of its classes) until the heap ran short: with a mostly free heap, many minutes and many
 * redeploys. Registered in {@code persistence.xml} as {@code eclipselink.session-event-listener}.
 */
public class ReleaseCachesOnLogout extends SessionEventAdapter {

  @Override
  public void postLogout(SessionEvent event) {
    // The loader EclipseLink itself hands to ResourceBundle.getBundle; clearing is per loader and
    // harmless for a unit still open (it loads its bundles again if it needs them).
    ResourceBundle.clearCache(ExceptionMessageGenerator.getLoader());
  }
}
