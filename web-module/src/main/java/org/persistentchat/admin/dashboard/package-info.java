/** GET /api/dashboard: live figures of this server for the console's dashboard. */
package org.persistentchat.admin.dashboard;
