package org.persistentchat.compliance.store;

import org.persistentchat.time.Ticks;

/**
 * The outcome of trying to take the pool-wide compliance lock.
 *
 * @param acquired whether this server holds the lock now
 * @param holder the server holding it ({@code -1} for none)
 * @param expires when the holder's lease runs out
 */
public record LockAttempt(boolean acquired, int holder, Ticks expires) {}
