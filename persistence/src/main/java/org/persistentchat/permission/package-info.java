/** The Persistent Chat permission model: scope, privacy, room type and roles, as pure rules. */
package org.persistentchat.permission;
