package org.persistentchat.admin.dashboard;

/**
 * The dashboard's figures at one moment.
 *
 * @param connectedSessions SIP sessions open on this server
 * @param joinedParticipants room joins those sessions hold (a session in three rooms counts 3)
 * @param messagesLastMinute messages stored pool-wide in the last 60 seconds (rooms whose
 *     category keeps no history store none, so they are not counted)
 * @param messagesPerSecond the same, per second
 * @param complianceQueueDepth events on this server's compliance queue, not yet in mgccomp
 */
public record Dashboard(int connectedSessions, int joinedParticipants, long messagesLastMinute,
    double messagesPerSecond, int complianceQueueDepth) {}
