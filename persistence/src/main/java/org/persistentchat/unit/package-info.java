/** The persistence units' own life: what they set up with EclipseLink and release when they close. */
package org.persistentchat.unit;
