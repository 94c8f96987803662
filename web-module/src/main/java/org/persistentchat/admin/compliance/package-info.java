/** /api/compliance: starting a compliance adapter run now, as an operator's "run it now". */
package org.persistentchat.admin.compliance;
