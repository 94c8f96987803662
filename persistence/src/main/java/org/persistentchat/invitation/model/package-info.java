/** Entities of materialised room invitations and their per-user sequence. */
package org.persistentchat.invitation.model;
