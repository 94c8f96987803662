package org.persistentchat.compliance.run;

import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.Sender;

/**
 * Room and user details for AddChatRoomDetails and AddUserDetails. They live in mgc, not in
 * mgccomp, so the run asks this seam; a lookup that finds nothing returns the bare URI and id.
 */
public interface ComplianceDirectory {

  ChatRoom room(String channelUri);

  Sender sender(int userId, String userUri);

  /** Details nobody asked for: URIs and ids only. */
  ComplianceDirectory NONE = new ComplianceDirectory() {
    @Override
    public ChatRoom room(String channelUri) {
      return ChatRoom.withoutDetails(channelUri);
    }

    @Override
    public Sender sender(int userId, String userUri) {
      return Sender.withoutDetails(userId, userUri);
    }
  };
}
