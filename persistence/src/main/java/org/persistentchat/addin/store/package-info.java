/** The add-in store: registered add-ins of the pool and their typed errors. */
package org.persistentchat.addin.store;
