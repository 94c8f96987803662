/** The scheduled adapter run: lock, read, group into conversations, translate, then delete. */
package org.persistentchat.compliance.run;
