/** The end users' room-management API (/api/me) and page (/rm), with Lync's room rights. */
package org.persistentchat.it.rm;
