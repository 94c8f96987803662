/** Room management for end users (Lync's /PersistentChat/RM/): /api/me, with Lync's room rights. */
package org.persistentchat.rm;
