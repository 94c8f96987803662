/** Entities of file upload/download tokens (tblFileToken). */
package org.persistentchat.file.model;
