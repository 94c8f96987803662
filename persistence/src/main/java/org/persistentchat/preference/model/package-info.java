/** Entities of the versioned preferences legacy Group Chat clients keep on the server. */
package org.persistentchat.preference.model;
