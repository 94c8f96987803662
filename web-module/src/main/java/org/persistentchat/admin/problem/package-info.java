/** Errors of the REST API as RFC 9457 problem details, each kind mapped once. */
package org.persistentchat.admin.problem;
