/** Test fixtures: migrated H2 (and optional SQL Server) databases and entity manager factories. */
package org.persistentchat.testing;
