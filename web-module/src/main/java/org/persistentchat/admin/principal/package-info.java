/** /api/principals: directory users provisioned by SIP URI, the people rooms are shared with. */
package org.persistentchat.admin.principal;
