package org.persistentchat.xccos.model;

import java.util.List;
import java.util.Objects;

/**
 * One room in a join reply: its information block and who is in it. The writer turns the
 * participants into reply-wide {@code uib} ids and per-role {@code aib} lists.
 */
public record JoinedChannel(ChannelInfo channel, List<Participant> participants) {

  public JoinedChannel {
    Objects.requireNonNull(channel, "channel");
    participants = List.copyOf(participants);
  }
}
