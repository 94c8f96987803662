/** The two persistence units and their versioned schema migrations (Flyway, one folder per dialect). */
package org.persistentchat.schema;
