/** What this server tells SIP peers it can do: the answer to OPTIONS. */
package org.persistentchat.capability;
