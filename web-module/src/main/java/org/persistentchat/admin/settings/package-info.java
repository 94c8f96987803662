/**
 * /api/policies, /api/configuration and /api/compliance-configuration: the scoped settings
 * objects of the CsPersistentChatPolicy, -Configuration and -ComplianceConfiguration cmdlets,
 * with per-user policy grants.
 */
package org.persistentchat.admin.settings;
