package org.persistentchat.room;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.xccos.model.ChannelAttribute;
import org.persistentchat.xccos.model.ChannelInfo;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Participant;
import org.persistentchat.xccos.model.Visibility;

/**
 * The room directory search ({@code chansrch}): rooms the user may find whose name (and, for an
 * extended search, description) contains the criteria, ignoring case; empty criteria list all.
 * Also the user's own rooms ({@code getassociations}), described the same way.
 */
public class RoomSearch {

  private final RoomDirectory directory;
  private final RoomAccess access;
  private final SessionRegistry registry;
  private final int searchLimit;

  public RoomSearch(RoomDirectory directory, RoomAccess access, SessionRegistry registry,
      int searchLimit) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.access = Objects.requireNonNull(access, "access");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.searchLimit = searchLimit;
  }

  public List<ChannelInfo> search(UnitOfWork work, ChatUser user, String criteria,
      boolean extended) throws RefusedException {
    String needle = criteria.trim().toLowerCase(Locale.ROOT);
    Directory rooms = work.call(this::load);
    List<ChannelInfo> found = new ArrayList<>();
    for (RoomView view : rooms.views()) {
      if (found.size() >= searchLimit) {
        break;
      }
      if (access.canFind(user, view) && matches(view, needle, extended)) {
        found.add(describe(view, rooms.aliases()));
      }
    }
    return found;
  }

  /**
   * The user's own rooms ({@link RoomAccess#isAssociated}), category by category and by name,
   * each with the user as its one participant in the role the room gives them. Not capped by the
   * search limit: a user's memberships are bounded by what administrators granted.
   */
  public List<JoinedChannel> associations(UnitOfWork work, ChatUser user)
      throws RefusedException {
    List<JoinedChannel> own = new ArrayList<>();
    Directory rooms = work.call(this::load);
    for (RoomView view : rooms.views()) {
      if (access.isAssociated(user, view)) {
        own.add(new JoinedChannel(describe(view, rooms.aliases()),
            List.of(new Participant(user.uri(), access.roleOf(user, view)))));
      }
    }
    return own;
  }

  private static boolean matches(RoomView view, String needle, boolean extended) {
    if (needle.isEmpty() || view.room().name().toLowerCase(Locale.ROOT).contains(needle)) {
      return true;
    }
    return extended && view.room().description()
        .map(d -> d.toLowerCase(Locale.ROOT).contains(needle))
        .orElse(false);
  }

  /** The rooms with their aliases, read in one transaction so the two agree. */
  private record Directory(List<RoomView> views, Map<Integer, RoomAlias> aliases) {}

  private Directory load(EntityManager em) {
    return new Directory(directory.all(em), new RoomAliases(em).all());
  }

  private ChannelInfo describe(RoomView view, Map<Integer, RoomAlias> aliases) {
    ChannelInfo info = ChannelInfo.of(view.uri(), view.room().name());
    if (view.room().description().isPresent()) {
      info = info.withDescription(view.room().description().get());
    }
    ChannelInfo described = info
        .with(new ChannelAttribute.UserCount(registry.usersIn(view.key()).size()))
        .with(new ChannelAttribute.RoomVisibility(visibility(view.rules().privacy())))
        .with(new ChannelAttribute.FilePost(view.categoryRules().fileUpload()))
        .with(new ChannelAttribute.Invite(access.invitationsEnabled(view)))
        .with(new ChannelAttribute.Logged(access.historyStored(view)));
    RoomAlias alias = aliases.get(view.room().id().value());
    return alias == null ? described
        : described.with(new ChannelAttribute.SipAddress(directory.address().sipUriOf(alias)));
  }

  private static Visibility visibility(Privacy privacy) {
    return switch (privacy) {
      case OPEN -> Visibility.OPEN;
      case CLOSED -> Visibility.CLOSED;
      case SECRET -> Visibility.SECRET;
    };
  }
}
