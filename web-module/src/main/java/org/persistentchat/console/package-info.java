/** The administration web console at /admin: static pages over the REST API (ADR 0014). */
package org.persistentchat.console;
