/** The administration REST API over HTTP, as an operator's script would drive it. */
package org.persistentchat.it.admin;
