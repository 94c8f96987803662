/** Entities of registered add-ins (tblSiopWhiteList). */
package org.persistentchat.addin.model;
