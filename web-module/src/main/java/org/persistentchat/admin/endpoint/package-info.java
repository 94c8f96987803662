/** /api/endpoints: New/Get/Remove-CsPersistentChatEndpoint, extra SIP addresses of a pool. */
package org.persistentchat.admin.endpoint;
