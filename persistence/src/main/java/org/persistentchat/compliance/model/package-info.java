/** Entities of the mgccomp database: compliance events, participants and the adapter's state. */
package org.persistentchat.compliance.model;
