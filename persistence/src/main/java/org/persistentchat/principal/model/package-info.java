/** Entities of the cached directory: principals, their types, memberships and affiliations. */
package org.persistentchat.principal.model;
