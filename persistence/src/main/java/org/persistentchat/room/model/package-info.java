/** Entities of categories and rooms (both tblNode), their scopes and role assignments. */
package org.persistentchat.room.model;
