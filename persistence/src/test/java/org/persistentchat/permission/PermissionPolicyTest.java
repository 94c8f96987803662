package org.persistentchat.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;

/** One test per rule of Lync's category, room and role model (reference §1.2–§1.4). */
class PermissionPolicyTest {

  private static final PrincipalId ALICE = new PrincipalId(10);
  private static final PrincipalId BOB = new PrincipalId(11);
  private static final PrincipalId CAROL = new PrincipalId(12);
  private static final PrincipalId TRADERS = new PrincipalId(20);
  private static final PrincipalId ANALYSTS = new PrincipalId(21);
  private static final PrincipalId DOMAIN = new PrincipalId(30);

  private static final Actor alice = Actor.user(Set.of(ALICE, TRADERS, DOMAIN));
  private static final Actor bob = Actor.user(Set.of(BOB, ANALYSTS, DOMAIN));
  private static final Actor outsider = Actor.user(Set.of(CAROL));
  private static final Actor admin = Actor.administrator(Set.of(CAROL));

  private final PermissionPolicy policy = new PermissionPolicy();

  /** Whole domain allowed, analysts denied (an ethical wall), alice a creator. */
  private static CategoryRules category() {
    return new CategoryRules(new Scope(Set.of(DOMAIN), Set.of(ANALYSTS)), Set.of(ALICE),
        true, true, true);
  }

  private static RoomRules room(Privacy privacy, RoomType type, Set<PrincipalId> members,
      Set<PrincipalId> managers, Set<PrincipalId> presenters) {
    return new RoomRules(privacy, type, false, false, members, managers, presenters);
  }

  private static RoomRules closedWith(PrincipalId... members) {
    return room(Privacy.CLOSED, RoomType.NORMAL, Set.of(members), Set.of(), Set.of());
  }

  @Test
  void aPrincipalIsInScopeThroughAnAffiliationOnTheAllowedList() {
    assertThat(policy.inScope(alice, category())).isTrue();
    assertThat(policy.inScope(outsider, category())).isFalse();
  }

  @Test
  void aDeniedAffiliationWinsOverAnAllowedOne() {
    assertThat(policy.inScope(bob, category())).isFalse();
  }

  @Test
  void administratorsBypassTheScope() {
    assertThat(policy.inScope(admin, category())).isTrue();
  }

  @Test
  void anOpenRoomIsFoundJoinedReadAndPostedInByAnyoneInScopeWithoutMembership() {
    RoomRules open = room(Privacy.OPEN, RoomType.NORMAL, Set.of(), Set.of(), Set.of());

    assertThat(policy.canFind(alice, open, category())).isTrue();
    assertThat(policy.canJoin(alice, open, category())).isTrue();
    assertThat(policy.canRead(alice, open, category())).isTrue();
    assertThat(policy.canPost(alice, open, category())).isTrue();
    assertThat(policy.canJoin(outsider, open, category())).isFalse();
    assertThat(policy.canFind(bob, open, category())).as("denied").isFalse();
  }

  @Test
  void aClosedRoomIsFoundByEveryoneInScopeButJoinedOnlyByMembers() {
    RoomRules closed = closedWith(BOB);
    Actor dave = Actor.user(Set.of(new PrincipalId(13), DOMAIN));

    assertThat(policy.canFind(dave, closed, category())).isTrue();
    assertThat(policy.canJoin(dave, closed, category())).isFalse();
    assertThat(policy.canFind(outsider, closed, category())).isFalse();
  }

  @Test
  void aSecretRoomIsFoundOnlyByItsMembers() {
    RoomRules secret = room(Privacy.SECRET, RoomType.NORMAL, Set.of(ALICE), Set.of(), Set.of());
    Actor dave = Actor.user(Set.of(new PrincipalId(13), DOMAIN));

    assertThat(policy.canFind(alice, secret, category())).isTrue();
    assertThat(policy.canFind(dave, secret, category())).isFalse();
    assertThat(policy.canJoin(alice, secret, category())).isTrue();
  }

  @Test
  void membershipThroughAGroupCounts() {
    assertThat(policy.canJoin(alice, closedWith(TRADERS), category())).isTrue();
  }

  @Test
  void anExplicitMemberWhoIsDeniedByTheCategoryCannotJoin() {
    assertThat(policy.canJoin(bob, closedWith(BOB), category())).isFalse();
  }

  @Test
  void inANormalRoomEveryMemberPosts() {
    assertThat(policy.canPost(alice, closedWith(ALICE), category())).isTrue();
  }

  @Test
  void inAnAuditoriumOnlyPresentersPost() {
    RoomRules auditorium =
        room(Privacy.CLOSED, RoomType.AUDITORIUM, Set.of(ALICE, BOB), Set.of(), Set.of(ALICE));
    Actor dave = Actor.user(Set.of(new PrincipalId(13), DOMAIN));
    RoomRules withDave = room(Privacy.CLOSED, RoomType.AUDITORIUM,
        Set.of(ALICE, new PrincipalId(13)), Set.of(), Set.of(ALICE));

    assertThat(policy.canPost(alice, auditorium, category())).isTrue();
    assertThat(policy.canPost(dave, withDave, category())).isFalse();
    assertThat(policy.canRead(dave, withDave, category())).isTrue();
  }

  @Test
  void managersManageButAreNotMembersUnlessAdded() {
    RoomRules managed = room(Privacy.CLOSED, RoomType.NORMAL, Set.of(), Set.of(ALICE), Set.of());

    assertThat(policy.canManage(alice, managed, category())).isTrue();
    assertThat(policy.canJoin(alice, managed, category())).isFalse();
    assertThat(policy.canManage(outsider, managed, category())).isFalse();
  }

  @Test
  void presentersMustBeMembers() {
    RoomRules closed = closedWith(ALICE);
    Set<PrincipalId> daveAffiliations = Set.of(new PrincipalId(13), DOMAIN);

    assertThat(policy.mayAddPresenter(ALICE, alice.affiliations(), closed, category())).isTrue();
    assertThat(policy.mayAddPresenter(new PrincipalId(13), daveAffiliations, closed, category()))
        .isFalse();
  }

  @Test
  void onlyPrincipalsInScopeMayHoldRolesAndOpenRoomsTakeNoExplicitMembers() {
    assertThat(policy.eligibleForRole(alice.affiliations(), category())).isTrue();
    assertThat(policy.eligibleForRole(bob.affiliations(), category())).isFalse();
    assertThat(policy.mayAddMember(alice.affiliations(),
        room(Privacy.OPEN, RoomType.NORMAL, Set.of(), Set.of(), Set.of()), category())).isFalse();
    assertThat(policy.mayAddMember(alice.affiliations(), closedWith(), category())).isTrue();
  }

  @Test
  void administratorsManageAnyRoomButCannotPostInAnAuditoriumUnlessPresenter() {
    RoomRules auditorium =
        room(Privacy.CLOSED, RoomType.AUDITORIUM, Set.of(CAROL), Set.of(), Set.of());

    assertThat(policy.canManage(admin, auditorium, category())).isTrue();
    assertThat(policy.canJoin(admin, auditorium, category())).isTrue();
    assertThat(policy.canPost(admin, auditorium, category())).isFalse();
  }

  @Test
  void administratorsAreNotMembersOfClosedRoomsUntilTheyAddThemselves() {
    assertThat(policy.canJoin(admin, closedWith(ALICE), category())).isFalse();
  }

  @Test
  void creatorsInScopeAndAdministratorsCreateRooms() {
    assertThat(policy.canCreateRoom(alice, category())).isTrue();
    assertThat(policy.canCreateRoom(bob, category())).isFalse();
    assertThat(policy.canCreateRoom(admin, category())).isTrue();
    CategoryRules aliceDenied = new CategoryRules(new Scope(Set.of(DOMAIN), Set.of(ALICE)),
        Set.of(ALICE), false, false, true);
    assertThat(policy.canCreateRoom(alice, aliceDenied)).as("creator out of scope").isFalse();
  }

  @Test
  void aManagerWhoIsCreatorInTheTargetCategoryMayMoveTheRoom() {
    RoomRules managed = room(Privacy.CLOSED, RoomType.NORMAL, Set.of(), Set.of(ALICE), Set.of());
    CategoryRules noCreators = new CategoryRules(new Scope(Set.of(DOMAIN), Set.of()), Set.of(),
        false, false, true);

    assertThat(policy.canMoveRoom(alice, managed, category(), category())).isTrue();
    assertThat(policy.canMoveRoom(alice, managed, category(), noCreators)).isFalse();
    assertThat(policy.canMoveRoom(admin, managed, category(), noCreators)).isTrue();
  }

  @Test
  void aRoomInheritsInvitationsButCanNeverTurnThemOnAgainstItsCategory() {
    CategoryRules off = new CategoryRules(category().scope(), Set.of(), false, true, true);
    RoomRules inherit = closedWith();
    RoomRules roomOff =
        new RoomRules(Privacy.CLOSED, RoomType.NORMAL, false, true, Set.of(), Set.of(), Set.of());

    assertThat(policy.invitationsEnabled(inherit, category())).isTrue();
    assertThat(policy.invitationsEnabled(roomOff, category())).isFalse();
    assertThat(policy.invitationsEnabled(inherit, off)).isFalse();
  }

  @Test
  void fileUploadAndChatHistoryAreCategorySwitches() {
    CategoryRules bare = new CategoryRules(category().scope(), Set.of(), false, false, false);

    assertThat(policy.fileUploadAllowed(category())).isTrue();
    assertThat(policy.fileUploadAllowed(bare)).isFalse();
    assertThat(policy.historyStored(category())).isTrue();
    assertThat(policy.historyStored(bare)).isFalse();
  }

  @Test
  void aDisabledRoomIsInvisibleAndClosedToEveryoneButStillManaged() {
    RoomRules disabled = new RoomRules(Privacy.OPEN, RoomType.NORMAL, true, false,
        Set.of(ALICE), Set.of(ALICE), Set.of());

    assertThat(policy.canFind(alice, disabled, category())).isFalse();
    assertThat(policy.canJoin(alice, disabled, category())).isFalse();
    assertThat(policy.canRead(alice, disabled, category())).isFalse();
    assertThat(policy.canPost(alice, disabled, category())).isFalse();
    assertThat(policy.canFind(admin, disabled, category())).isFalse();
    assertThat(policy.canManage(alice, disabled, category())).isTrue();
  }

  @Test
  void movingARoomPurgesHoldersTheNewScopeDoesNotAdmit() {
    CategoryRules research = new CategoryRules(new Scope(Set.of(ANALYSTS), Set.of()), Set.of(),
        false, false, true);

    Set<PrincipalId> purged = policy.purgedByMove(
        Map.of(ALICE, alice.affiliations(), BOB, bob.affiliations()), research);

    assertThat(purged).containsExactly(ALICE);
  }
}
