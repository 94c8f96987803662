/** Compliance: every chat event recorded exactly once, queued on JMS into mgccomp, and handed to the compliance adapter. */
package org.persistentchat.compliance;
