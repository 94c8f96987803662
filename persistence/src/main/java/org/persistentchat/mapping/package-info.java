/** JPA attribute converters shared by the entities of every feature. */
package org.persistentchat.mapping;
