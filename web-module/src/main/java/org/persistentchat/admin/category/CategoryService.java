package org.persistentchat.admin.category;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.admin.principal.Eligibility;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.permission.Scope;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.store.CategoryNotEmptyException;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.time.Ticks;

/** Category administration, one transaction per call; store rules surface as typed exceptions. */
@Stateless
public class CategoryService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public List<CategoryView> list() {
    return new CategoryStore(em).list().stream().map(this::view).toList();
  }

  public CategoryView get(int id) throws NoCategoryException {
    return view(new CategoryStore(em).require(nodeId(id)));
  }

  public CategoryView create(CategoryRequest request)
      throws BlankNameException, NameTooLongException, DuplicateNameException,
      NoCategoryException {
    CategoryStore categories = new CategoryStore(em);
    Ticks now = AdminClock.now();
    Node category = categories.create(request.name(), request.description(), AdminClock.ACTOR,
        now);
    categories.setSwitches(category.id(), orElse(request.invitations(), false),
        orElse(request.fileUpload(), false), orElse(request.chatHistory(), true),
        AdminClock.ACTOR, now);
    return view(category);
  }

  public CategoryView update(int id, CategoryRequest request)
      throws NoCategoryException, BlankNameException, NameTooLongException,
      DuplicateNameException {
    CategoryStore categories = new CategoryStore(em);
    NodeId nodeId = nodeId(id);
    Ticks now = AdminClock.now();
    Node category = categories.require(nodeId);
    categories.rename(nodeId, request.name(), AdminClock.ACTOR, now);
    if (request.description() != null) {
      category.describe(request.description(), AdminClock.ACTOR.value(), now);
    }
    categories.setSwitches(nodeId, orElse(request.invitations(), Boolean.TRUE.equals(category.invite())),
        orElse(request.fileUpload(), category.fileUpload()),
        orElse(request.chatHistory(), category.chatHistory()), AdminClock.ACTOR, now);
    return view(category);
  }

  public void delete(int id) throws NoCategoryException, CategoryNotEmptyException {
    new CategoryStore(em).delete(nodeId(id));
  }

  public CategoryView add(int id, CategoryList list, String principalUri)
      throws NoCategoryException, UnknownPrincipalException {
    CategoryStore categories = new CategoryStore(em);
    NodeId nodeId = nodeId(id);
    Node category = categories.require(nodeId);
    PrincipalId principal = new PrincipalLookup(new PrincipalStore(em)).idOf(principalUri);
    switch (list) {
      case ALLOWED_MEMBERS -> categories.putInScope(nodeId, principal, false, AdminClock.ACTOR);
      case DENIED_MEMBERS -> categories.putInScope(nodeId, principal, true, AdminClock.ACTOR);
      case CREATORS -> new RoleStore(em).grant(nodeId, principal, RoleType.CREATOR,
          AdminClock.ACTOR);
    }
    return view(category);
  }

  public CategoryView remove(int id, CategoryList list, String principalUri)
      throws NoCategoryException, UnknownPrincipalException {
    CategoryStore categories = new CategoryStore(em);
    NodeId nodeId = nodeId(id);
    Node category = categories.require(nodeId);
    PrincipalId principal = new PrincipalLookup(new PrincipalStore(em)).idOf(principalUri);
    switch (list) {
      // One scope row per principal: only drop it from the list it is on.
      case ALLOWED_MEMBERS -> {
        if (categories.allowedMembers(nodeId).contains(principal)) {
          categories.removeFromScope(nodeId, principal);
        }
      }
      case DENIED_MEMBERS -> {
        if (categories.deniedMembers(nodeId).contains(principal)) {
          categories.removeFromScope(nodeId, principal);
        }
      }
      case CREATORS -> new RoleStore(em).revoke(nodeId, principal, RoleType.CREATOR);
    }
    return view(category);
  }

  /** Get-CsPersistentChatEligiblePrincipal -Category: principals in the category's scope. */
  public List<PrincipalView> eligible(int id, String filter, Integer max)
      throws NoCategoryException {
    CategoryStore categories = new CategoryStore(em);
    NodeId nodeId = nodeId(id);
    categories.require(nodeId);
    Scope scope = new Scope(categories.allowedMembers(nodeId), categories.deniedMembers(nodeId));
    return Eligibility.of(em, filter, max, (principal, affiliations) -> scope.admits(affiliations));
  }

  private CategoryView view(Node category) {
    CategoryStore categories = new CategoryStore(em);
    PrincipalLookup lookup = new PrincipalLookup(new PrincipalStore(em));
    return new CategoryView(category.id().value(), PoolAddresses.categoryUri(category),
        category.name(), category.description().orElse(null),
        Boolean.TRUE.equals(category.invite()), category.fileUpload(), category.chatHistory(),
        lookup.urisOf(categories.allowedMembers(category.id())),
        lookup.urisOf(categories.deniedMembers(category.id())),
        lookup.urisOf(new RoleStore(em).holders(category.id(), RoleType.CREATOR)));
  }

  /** The REST layer lets only positive ids through; the root is not a category to the stores. */
  private static NodeId nodeId(int id) {
    return new NodeId(id);
  }

  private static boolean orElse(Boolean value, boolean fallback) {
    return value != null ? value : fallback;
  }
}
