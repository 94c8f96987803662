/** Entities of the configuration documents kept in tblConfig. */
package org.persistentchat.config.model;
