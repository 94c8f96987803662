/** The REST API's root: everything under /api. */
package org.persistentchat.api;
