/** Stores of the cached directory: principals and affiliations. */
package org.persistentchat.principal.store;
