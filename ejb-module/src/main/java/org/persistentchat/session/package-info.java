/** Chat sessions: who is connected on which dialog, joined to which rooms, and delivery to them. */
package org.persistentchat.session;
