package org.persistentchat.chat;

import org.persistentchat.message.Backchat;
import org.persistentchat.message.Posting;
import org.persistentchat.room.RoomAccess;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.RoomMembership;
import org.persistentchat.room.RoomSearch;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.session.SessionDelivery;
import org.persistentchat.session.SessionRegistry;

/**
 * The one set of chat parts a server runs, shared by every front end: XCCOS sessions and plain
 * SIP MESSAGE members join, post and read through the same objects, so they share one room lock,
 * one fan-out and one compliance path.
 */
public record ChatCore(ChatSettings settings, SessionRegistry registry, SessionDelivery delivery,
    UnitOfWork work, UserResolver users, RoomDirectory directory, RoomAccess access,
    RoomMembership membership, Posting posting, Backchat backchat, RoomSearch search) {}
