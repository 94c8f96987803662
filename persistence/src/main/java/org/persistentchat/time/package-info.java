/** Time as the mgc schema stores it: .NET ticks, with a JPA converter. */
package org.persistentchat.time;
