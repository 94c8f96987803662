/** Errors shared by the stores of every feature: expected, checked, named for the problem. */
package org.persistentchat.store;
