/** The health endpoint of the deployed EAR. */
package org.persistentchat.it.health;
