package org.persistentchat.admin.transfer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.store.AddinStore;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.room.RoomWords;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.transfer.Archive.AddinEntry;
import org.persistentchat.admin.transfer.Archive.CategoryEntry;
import org.persistentchat.admin.transfer.Archive.MessageEntry;
import org.persistentchat.admin.transfer.Archive.PrincipalEntry;
import org.persistentchat.admin.transfer.Archive.RoomEntry;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.time.Ticks;

/**
 * Reads what an export writes, in short transactions: the directory in one, then each room's
 * messages a page at a time, so a large pool never holds one long transaction open.
 */
@Stateless
public class ExportReader {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  /** Categories named in the scope that do not exist: the request's fault. */
  public void requireScope(Set<String> scope) throws InvalidFieldException {
    Set<String> known = new java.util.HashSet<>();
    new CategoryStore(em).list().forEach(c -> known.add(c.name()));
    for (String name : scope) {
      if (!known.contains(name)) {
        throw new InvalidFieldException("scope", "knownCategory", "no category named " + name);
      }
    }
  }

  /** Everything but the messages, and the rooms whose messages follow. */
  public Directory directory(ExportPlan plan) {
    PrincipalLookup lookup = new PrincipalLookup(new PrincipalStore(em));
    CategoryStore categories = new CategoryStore(em);
    RoomStore rooms = new RoomStore(em);
    RoleStore roles = new RoleStore(em);
    Map<UUID, String> addinNames = new HashMap<>();
    List<AddinEntry> addins = new ArrayList<>();
    for (Addin addin : new AddinStore(em).list()) {
      addinNames.put(addin.id(), addin.name());
      addins.add(new AddinEntry(addin.name(), addin.url()));
    }
    List<CategoryEntry> categoryEntries = new ArrayList<>();
    List<RoomEntry> roomEntries = new ArrayList<>();
    List<RoomRef> roomRefs = new ArrayList<>();
    for (Node category : categories.list()) {
      if (!plan.inScope(category.name())) {
        continue;
      }
      categoryEntries.add(new CategoryEntry(category.name(), category.description().orElse(null),
          Boolean.TRUE.equals(category.invite()), category.fileUpload(), category.chatHistory(),
          lookup.urisOf(categories.allowedMembers(category.id())),
          lookup.urisOf(categories.deniedMembers(category.id())),
          lookup.urisOf(roles.holders(category.id(), RoleType.CREATOR))));
      for (Node room : rooms.roomsIn(category.id())) {
        roomRefs.add(new RoomRef(room.id().value(), room.name()));
        roomEntries.add(new RoomEntry(room.name(), room.description().orElse(null),
            category.name(), RoomWords.of(room.privacy()), RoomWords.of(room.type()),
            RoomWords.invitations(room.invite()), room.isDisabled(),
            room.addinId().map(addinNames::get).orElse(null),
            lookup.urisOf(roles.holders(room.id(), RoleType.MEMBER)),
            lookup.urisOf(roles.holders(room.id(), RoleType.MANAGER)),
            lookup.urisOf(roles.holders(room.id(), RoleType.VOICED))));
      }
    }
    List<PrincipalEntry> principals = new PrincipalStore(em).directory().stream()
        .map(p -> new PrincipalEntry(p.uri(), p.type().name(), p.displayName().orElse(null),
            p.email().orElse(null)))
        .toList();
    return new Directory(principals, addins, categoryEntries, roomEntries, roomRefs);
  }

  /** The next page of a room's messages after {@code afterSequence}. */
  public MessagePage messages(RoomRef room, long afterSequence, Instant from, int max) {
    List<Chat> chats = new ChatStore(em).page(new NodeId(room.id()), afterSequence,
        from == null ? null : Ticks.of(from), max);
    Map<Integer, String> authors = new HashMap<>();
    PrincipalStore principals = new PrincipalStore(em);
    List<MessageEntry> entries = new ArrayList<>();
    long last = afterSequence;
    for (Chat chat : chats) {
      String author = authors.computeIfAbsent(chat.author().value(),
          id -> principals.find(chat.author()).map(Principal::uri).orElse(null));
      entries.add(new MessageEntry(room.name(), author, chat.date().toInstant().toString(),
          chat.isAlert(), chat.content(), chat.rtf().orElse(null)));
      last = chat.id().sequence();
    }
    return new MessagePage(entries, last, chats.size() == max);
  }

  /** A room whose messages are exported, by id for reading and name for writing. */
  public record RoomRef(int id, String name) {}

  public record Directory(List<PrincipalEntry> principals, List<AddinEntry> addins,
      List<CategoryEntry> categories, List<RoomEntry> rooms, List<RoomRef> roomRefs) {}

  public record MessagePage(List<MessageEntry> messages, long lastSequence, boolean more) {}
}
