/**
 * Scoped settings as Lync's cmdlets define them: Persistent Chat configuration, policy and
 * compliance configuration, with their defaults and bounds, and the scopes they live at.
 */
package org.persistentchat.settings.model;
