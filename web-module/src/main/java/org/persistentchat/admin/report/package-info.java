/**
 * GET /api/reports/usage: the Resource Kit's ChatUsageReport as JSON (top rooms and users,
 * inactive rooms, messages per day).
 */
package org.persistentchat.admin.report;
