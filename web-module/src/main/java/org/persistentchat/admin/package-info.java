/** The administration REST API: what Lync's *-CsPersistentChat* cmdlets do, over HTTP. */
package org.persistentchat.admin;
