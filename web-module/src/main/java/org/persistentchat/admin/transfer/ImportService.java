package org.persistentchat.admin.transfer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.store.AddinStore;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.Instants;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.room.RoomWords;
import org.persistentchat.admin.transfer.Archive.AddinEntry;
import org.persistentchat.admin.transfer.Archive.CategoryEntry;
import org.persistentchat.admin.transfer.Archive.MessageEntry;
import org.persistentchat.admin.transfer.Archive.PrincipalEntry;
import org.persistentchat.admin.transfer.Archive.RoomEntry;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.store.StoreException;
import org.persistentchat.time.Ticks;

/**
 * Applies an archive in one transaction: principals, add-ins, categories, rooms, then messages,
 * each found by name or URI. Any broken rule, at any point, rolls everything back (both
 * exceptions thrown here roll back), so an import is applied whole or not at all.
 */
@Stateless
public class ImportService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public ImportResult apply(ImportedArchive archive, ImportMode mode)
      throws InvalidFieldException, StoreException {
    Run run = new Run(mode);
    int principals = run.principals(archive.principals());
    int addins = run.addins(archive.addins());
    int categories = run.categories(archive.categories());
    int rooms = run.rooms(archive.rooms());
    int messages = run.messages(archive.messages());
    return new ImportResult(categories, rooms, principals, addins, messages);
  }

  /** One import's stores, clock and lookups. */
  private final class Run {
    private final boolean overwrite;
    private final Ticks now = AdminClock.now();
    private final PrincipalId actor = AdminClock.ACTOR;
    private final PrincipalStore principalStore = new PrincipalStore(em);
    private final CategoryStore categoryStore = new CategoryStore(em);
    private final RoomStore roomStore = new RoomStore(em);
    private final RoleStore roleStore = new RoleStore(em);
    private final ChatStore chatStore = new ChatStore(em);
    private final Map<String, PrincipalId> principalIds = new HashMap<>();

    Run(ImportMode mode) {
      this.overwrite = mode == ImportMode.OVERWRITE;
    }

    int principals(List<PrincipalEntry> entries) throws InvalidFieldException, StoreException {
      int changed = 0;
      for (int i = 0; i < entries.size(); i++) {
        PrincipalEntry entry = entries.get(i);
        String field = Archive.PRINCIPALS + "[" + i + "]";
        String uri = required(field + ".uri", entry.uri());
        Optional<Principal> existing = principalStore.findByUri(uri);
        if (existing.isEmpty()) {
          PrincipalType type = principalType(field + ".type", entry.type());
          int at = uri.indexOf('@');
          String name = uri.substring(uri.indexOf(':') + 1, at > 0 ? at : uri.length());
          Principal created = principalStore.add(UUID.randomUUID(), uri, type, name,
              entry.displayName(), actor, now);
          created.describe(entry.email(), null, null, null, actor.value(), now);
          changed++;
        } else if (overwrite) {
          Principal principal = existing.get();
          principal.describe(entry.email(), null, principal.adPath().orElse(null), null,
              actor.value(), now);
          changed++;
        }
      }
      return changed;
    }

    int addins(List<AddinEntry> entries) throws InvalidFieldException, StoreException {
      AddinStore addins = new AddinStore(em);
      int changed = 0;
      for (int i = 0; i < entries.size(); i++) {
        AddinEntry entry = entries.get(i);
        String name = required(Archive.ADDINS + "[" + i + "].name", entry.name());
        Optional<Addin> existing = addins.findByName(name);
        if (existing.isEmpty()) {
          addins.register(name, entry.url());
          changed++;
        } else if (overwrite) {
          addins.update(existing.get().addinId(), name, entry.url());
          changed++;
        }
      }
      return changed;
    }

    int categories(List<CategoryEntry> entries) throws InvalidFieldException, StoreException {
      int changed = 0;
      for (int i = 0; i < entries.size(); i++) {
        CategoryEntry entry = entries.get(i);
        String field = Archive.CATEGORIES + "[" + i + "]";
        String name = required(field + ".name", entry.name());
        Optional<Node> existing = category(name);
        Node category;
        boolean fresh = existing.isEmpty();
        if (fresh) {
          category = categoryStore.create(name, entry.description(), actor, now);
        } else if (overwrite) {
          category = existing.get();
          category.describe(entry.description(), actor.value(), now);
        } else {
          continue;
        }
        categoryStore.setSwitches(category.id(), orElse(entry.invitations(), false),
            orElse(entry.fileUpload(), false), orElse(entry.chatHistory(), true), actor, now);
        NodeId id = category.id();
        replaceScope(field + ".allowedMembers", id, entry.allowedMembers(), false, !fresh);
        replaceScope(field + ".deniedMembers", id, entry.deniedMembers(), true, !fresh);
        replaceRole(field + ".creators", id, RoleType.CREATOR, entry.creators(), !fresh);
        changed++;
      }
      // Merge adds the archive's principals to the lists of categories it left alone.
      if (!overwrite) {
        for (int i = 0; i < entries.size(); i++) {
          CategoryEntry entry = entries.get(i);
          String field = Archive.CATEGORIES + "[" + i + "]";
          Node category = category(entry.name()).orElseThrow();
          addScope(field + ".allowedMembers", category.id(), entry.allowedMembers(), false);
          addScope(field + ".deniedMembers", category.id(), entry.deniedMembers(), true);
          for (PrincipalId p : ids(field + ".creators", entry.creators())) {
            roleStore.grant(category.id(), p, RoleType.CREATOR, actor);
          }
        }
      }
      return changed;
    }

    int rooms(List<RoomEntry> entries) throws InvalidFieldException, StoreException {
      AddinStore addins = new AddinStore(em);
      int changed = 0;
      for (int i = 0; i < entries.size(); i++) {
        RoomEntry entry = entries.get(i);
        String field = Archive.ROOMS + "[" + i + "]";
        String name = required(field + ".name", entry.name());
        String categoryName = required(field + ".category", entry.category());
        Node category = category(categoryName).orElseThrow(() -> new InvalidFieldException(
            field + ".category", "knownCategory", "no category named " + categoryName));
        Optional<Node> existing = roomStore.findByName(name);
        boolean fresh = existing.isEmpty();
        if (!fresh && !overwrite) {
          Node room = existing.get();
          for (RoleType role : List.of(RoleType.MEMBER, RoleType.MANAGER, RoleType.VOICED)) {
            for (PrincipalId p : ids(field + "." + listName(role), holdersIn(entry, role))) {
              roleStore.grant(room.id(), p, role, actor);
            }
          }
          continue;
        }
        Privacy privacy = word(field + ".privacy", entry.privacy(), Privacy.CLOSED,
            RoomWords::privacy);
        RoomType type = word(field + ".type", entry.type(), RoomType.NORMAL, RoomWords::type);
        Node room;
        if (fresh) {
          room = roomStore.create(category.id(), name, entry.description(), privacy, type, actor,
              now);
        } else {
          room = existing.get();
          room.describe(entry.description(), actor.value(), now);
          room.setPrivacy(privacy, actor.value(), now);
          room.setType(type, actor.value(), now);
          if (!room.parentId().equals(category.id())) {
            roomStore.move(room.id(), category.id(), actor, now);
          }
        }
        roomStore.setInvitations(room.id(), entry.invitations() == null
            || RoomWords.inheritsInvitations(entry.invitations()), actor, now);
        roomStore.setDisabled(room.id(), Boolean.TRUE.equals(entry.disabled()), actor, now);
        if (entry.addin() != null) {
          Addin addin = addins.findByName(entry.addin()).orElseThrow(() ->
              new InvalidFieldException(field + ".addin", "knownAddin",
                  "no add-in named " + entry.addin()));
          roomStore.setAddin(room.id(), addin.addinId(), actor, now);
        } else {
          roomStore.setAddin(room.id(), null, actor, now);
        }
        for (RoleType role : List.of(RoleType.MEMBER, RoleType.MANAGER, RoleType.VOICED)) {
          replaceRole(field + "." + listName(role), room.id(), role, holdersIn(entry, role),
              !fresh);
        }
        changed++;
      }
      return changed;
    }

    int messages(List<MessageEntry> entries) throws InvalidFieldException, StoreException {
      Map<String, Node> rooms = new HashMap<>();
      Map<Integer, Set<String>> held = new HashMap<>();
      int added = 0;
      for (int i = 0; i < entries.size(); i++) {
        MessageEntry entry = entries.get(i);
        String field = Archive.MESSAGES + "[" + i + "]";
        String roomName = required(field + ".room", entry.room());
        Node room = rooms.get(roomName);
        if (room == null) {
          room = roomStore.findByName(roomName).orElseThrow(() -> new InvalidFieldException(
              field + ".room", "knownRoom", "no room named " + roomName));
          rooms.put(roomName, room);
        }
        PrincipalId author = id(field + ".author", entry.author());
        Instant date = Instants.parse(field + ".date", required(field + ".date", entry.date()));
        String content = entry.content();
        if (content == null || content.isBlank()) {
          throw new InvalidFieldException(field + ".content", "required", "is missing");
        }
        Ticks ticks = Ticks.of(date);
        Set<String> keys = held.computeIfAbsent(room.id().value(), r -> keysOf(new NodeId(r)));
        if (keys.add(key(ticks, author, content))) {
          chatStore.append(room.id(), author, ticks, Boolean.TRUE.equals(entry.alert()), content,
              entry.rtf());
          added++;
        }
      }
      return added;
    }

    /** What identifies a message already held: time, author and text. */
    private Set<String> keysOf(NodeId room) {
      Set<String> keys = new HashSet<>();
      try (Stream<Chat> chats = chatStore.inRoom(room, null, null, null)) {
        chats.forEach(c -> keys.add(key(c.date(), c.author(), c.content())));
      }
      return keys;
    }

    private String key(Ticks date, PrincipalId author, String content) {
      return date.value() + "/" + author.value() + "/" + content;
    }

    private Optional<Node> category(String name) {
      return categoryStore.list().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private void replaceScope(String field, NodeId category, List<String> uris, boolean denied,
        boolean existed) throws InvalidFieldException, StoreException {
      Set<PrincipalId> wanted = ids(field, uris);
      if (existed) {
        Set<PrincipalId> current = denied ? categoryStore.deniedMembers(category)
            : categoryStore.allowedMembers(category);
        for (PrincipalId p : current) {
          if (!wanted.contains(p)) {
            categoryStore.removeFromScope(category, p);
          }
        }
      }
      for (PrincipalId p : wanted) {
        categoryStore.putInScope(category, p, denied, actor);
      }
    }

    private void addScope(String field, NodeId category, List<String> uris, boolean denied)
        throws InvalidFieldException, StoreException {
      Set<PrincipalId> current = new HashSet<>(categoryStore.allowedMembers(category));
      current.addAll(categoryStore.deniedMembers(category));
      for (PrincipalId p : ids(field, uris)) {
        // A principal already on either list keeps its place: merge never flips allow and deny.
        if (!current.contains(p)) {
          categoryStore.putInScope(category, p, denied, actor);
        }
      }
    }

    private void replaceRole(String field, NodeId node, RoleType role, List<String> uris,
        boolean existed) throws InvalidFieldException, StoreException {
      Set<PrincipalId> wanted = ids(field, uris);
      if (existed) {
        for (PrincipalId p : roleStore.holders(node, role)) {
          if (!wanted.contains(p)) {
            roleStore.revoke(node, p, role);
          }
        }
      }
      for (PrincipalId p : wanted) {
        roleStore.grant(node, p, role, actor);
      }
    }

    private Set<PrincipalId> ids(String field, List<String> uris) throws InvalidFieldException {
      Set<PrincipalId> ids = new HashSet<>();
      if (uris != null) {
        for (String uri : uris) {
          ids.add(id(field, uri));
        }
      }
      return ids;
    }

    private PrincipalId id(String field, String uri) throws InvalidFieldException {
      String known = required(field, uri);
      PrincipalId id = principalIds.get(known);
      if (id == null) {
        id = principalStore.findByUri(known).map(Principal::id).orElseThrow(() ->
            new InvalidFieldException(field, "knownPrincipal", "no principal " + known
                + " in the archive or the pool"));
        principalIds.put(known, id);
      }
      return id;
    }
  }

  private static List<String> holdersIn(RoomEntry entry, RoleType role) {
    return switch (role) {
      case MEMBER -> entry.members();
      case MANAGER -> entry.managers();
      default -> entry.presenters();
    };
  }

  private static String listName(RoleType role) {
    return switch (role) {
      case MEMBER -> "members";
      case MANAGER -> "managers";
      default -> "presenters";
    };
  }

  private static PrincipalType principalType(String field, String word)
      throws InvalidFieldException {
    if (word == null) {
      return PrincipalType.USER;
    }
    try {
      return PrincipalType.valueOf(word.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "principalType", "is not a principal type: " + word);
    }
  }

  private static <T> T word(String field, String word, T fallback,
      java.util.function.Function<String, T> parse) throws InvalidFieldException {
    if (word == null) {
      return fallback;
    }
    try {
      return parse.apply(word);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "pattern", "is not a valid value: " + word);
    }
  }

  private static String required(String field, String value) throws InvalidFieldException {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "required", "is missing");
    }
    return value.strip();
  }

  private static boolean orElse(Boolean value, boolean fallback) {
    return value != null ? value : fallback;
  }
}
