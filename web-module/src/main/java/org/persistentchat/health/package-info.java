/** GET /api/health: the state of every component, for operators and load balancers. */
package org.persistentchat.health;
