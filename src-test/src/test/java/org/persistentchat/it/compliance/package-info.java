/** Compliance end to end: chat events through the queue into mgccomp and the adapter's XML files. */
package org.persistentchat.it.compliance;
