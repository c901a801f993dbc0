package in.mrmentor.identity.port;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.User;
import in.mrmentor.identity.ListUsers;
import in.mrmentor.identity.UserView;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.PageWalk;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.identity.IdentityTestData.T0;
import static in.mrmentor.identity.IdentityTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Users} must do. */
public abstract class UsersContract {
    protected Users users;
    protected Transactions transactions;

    protected abstract Users newUsers();

    protected abstract Transactions transactionsFor(Users users);

    @BeforeEach
    void freshStore() {
        users = newUsers();
        transactions = transactionsFor(users);
    }

    @Test
    void anAddedUserIsFoundByIdAndByEmail() {
        var user = aUser().withEmail("asha@example.in").withPhone("+91 98450 00000").withRole(Role.EXPERT).build();
        users.add(user);

        assertThat(users.findById(user.id())).contains(user);
        assertThat(users.findByEmail(Email.of("asha@example.in"))).contains(user);
    }

    @Test
    void theAddressIsFoundWhateverTheLetterCaseOfTheQuestion() {
        var user = aUser().withEmail("asha@example.in").build();
        users.add(user);

        assertThat(users.findByEmail(Email.of("ASHA@Example.IN"))).contains(user);
    }

    @Test
    void aSecondAccountWithTheSameAddressIsRefused() {
        var first = aUser().withEmail("asha@example.in").build();
        users.add(first);

        assertThatThrownBy(() -> transactions.run(() -> users.add(aUser().withEmail("Asha@Example.in").build())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));
        assertThat(users.findByEmail(Email.of("asha@example.in"))).contains(first);
    }

    @Test
    void theTokenCheckAnswersTheRoleOnlyForAnActiveUserAtTheTokensCredentialVersion() {
        var user = aUser().withRole(Role.EXPERT).build();
        users.add(user);

        assertThat(users.roleAcceptingToken(user.id(), user.credentialVersion())).contains(Role.EXPERT);
        assertThat(users.roleAcceptingToken(user.id(), user.credentialVersion() + 1)).isEmpty();
        assertThat(users.roleAcceptingToken(UUID.randomUUID(), 0)).isEmpty();

        users.replace(user.withPassword(new PasswordHash("$2a$04$changed"), T0.plusSeconds(60)));
        var changed = users.findById(user.id()).orElseThrow();
        assertThat(users.roleAcceptingToken(user.id(), user.credentialVersion()))
                .as("the old token ends with the password change").isEmpty();
        assertThat(users.roleAcceptingToken(user.id(), changed.credentialVersion())).contains(Role.EXPERT);

        users.replace(changed.withActive(false));
        assertThat(users.roleAcceptingToken(user.id(), changed.credentialVersion())).isEmpty();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThat(users.findById(UUID.randomUUID())).isEmpty();
        assertThat(users.findByEmail(Email.of("nobody@example.in"))).isEmpty();
    }

    @Test
    void replaceChangesPasswordRoleProfileAndActivity() {
        var user = aUser().build();
        users.add(user);
        var later = T0.plusSeconds(3600);
        var changed = new User(user.id(), user.email(), "New Name", "12345", Role.SALES,
                new PasswordHash("$2a$04$changed"), later, user.createdAt(), false, user.credentialVersion() + 1);

        assertThat(users.replace(changed)).isTrue();

        assertThat(users.findById(user.id())).contains(changed);
    }

    @Test
    void aProfileChangeKeepsTheCredentialVersionAndEachCredentialChangeMovesIt() {
        var user = aUser().withRole(Role.USER).build();
        users.add(user);

        users.replace(new User(user.id(), user.email(), "Renamed", "999", user.role(), user.passwordHash(),
                user.passwordChangedAt(), user.createdAt(), true, user.credentialVersion()));
        assertThat(users.findById(user.id()).orElseThrow().credentialVersion()).isEqualTo(user.credentialVersion());

        users.replace(users.findById(user.id()).orElseThrow().withRole(Role.EXPERT));
        users.replace(users.findById(user.id()).orElseThrow().withActive(false));
        users.replace(users.findById(user.id()).orElseThrow().withPassword(new PasswordHash("$2a$04$new"), T0));
        assertThat(users.findById(user.id()).orElseThrow().credentialVersion()).isEqualTo(user.credentialVersion() + 3);
    }

    @Test
    void twoCredentialChangesFromTheSameReadBothMoveTheVersion() {
        // Two password changes racing both read version v; a token issued between them must die with the second.
        var user = aUser().build();
        users.add(user);

        users.replace(user.withPassword(new PasswordHash("$2a$04$first"), T0.plusSeconds(1)));
        users.replace(user.withPassword(new PasswordHash("$2a$04$second"), T0.plusSeconds(1)));

        assertThat(users.findById(user.id()).orElseThrow().credentialVersion()).isEqualTo(user.credentialVersion() + 2);
    }

    @Test
    void replacingAMissingUserReportsFalse() {
        assertThat(users.replace(aUser().build())).isFalse();
    }

    @Test
    void pagesComeOldestFirstFilteredByRoleAndContinueAfterAPosition() {
        var a = aUser().withRole(Role.USER).createdAt(T0).build();
        var b = aUser().withRole(Role.EXPERT).createdAt(T0.plusSeconds(1)).build();
        var c = aUser().withRole(Role.USER).createdAt(T0.plusSeconds(2)).build();
        var d = aUser().withRole(Role.USER).createdAt(T0.plusSeconds(3)).build();
        users.add(d);
        users.add(b);
        users.add(a);
        users.add(c);

        assertThat(users.page(null, PageRequest.first(10))).containsExactly(a, b, c, d);
        assertThat(users.page(Role.USER, PageRequest.first(1))).as("a page of one and the row beyond it").containsExactly(a, c);
        assertThat(users.page(Role.USER, new PageRequest<>(new TimeKey(c.createdAt(), c.id()), 10))).containsExactly(d);
        assertThat(users.page(Role.ADMIN, PageRequest.first(10))).isEmpty();
    }

    @Test
    void usersCreatedInTheSameInstantAreOrderedById() {
        // uuids compare as PostgreSQL does: by unsigned bytes, i.e. by lower-case hex text.
        var ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(3)
                .sorted(java.util.Comparator.comparing(UUID::toString)).toList();
        for (int i = 2; i >= 0; i--) {
            users.add(aUser().withId(ids.get(i)).createdAt(T0).build());
        }

        var first = users.page(null, PageRequest.first(1)).get(0);
        assertThat(first.id()).isEqualTo(ids.get(0));
        assertThat(users.page(null, new PageRequest<>(new TimeKey(T0, first.id()), 10))).extracting(User::id)
                .containsExactly(ids.get(1), ids.get(2));
    }

    @Test
    void pagingThroughTheUsersSeesEveryOneOnceWhileMoreSignUp() {
        List<UUID> there = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var user = aUser().createdAt(T0.plusSeconds(i % 3)).build();
            users.add(user);
            there.add(user.id());
        }
        Runnable oneMore = () -> users.add(aUser().createdAt(T0.plusSeconds(1)).build());

        var list = new ListUsers(users);
        assertThat(PageWalk.of(cursor -> list.list(new ListUsers.Query(null, 2, cursor)), oneMore).seenAs(UserView::id))
                .containsAll(there);
    }

    @Test
    void aFailedUnitOfWorkLeavesNoUserBehind() {
        assertThatThrownBy(() -> transactions.run(() -> {
            users.add(aUser().withEmail("ghost@example.in").build());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(users.findByEmail(Email.of("ghost@example.in"))).isEmpty();
    }

    @Test
    void countingByRoleCountsActiveAndInactiveUsersAndNamesEveryRole() {
        users.add(aUser().withRole(Role.USER).build());
        users.add(aUser().withRole(Role.USER).inactive().build());
        users.add(aUser().withRole(Role.EXPERT).build());
        users.add(aUser().withRole(Role.ADMIN).build());

        assertThat(users.countByRole()).isEqualTo(Map.of(
                Role.USER, 2L, Role.EXPERT, 1L, Role.SALES, 0L, Role.RECRUITER, 0L, Role.ADMIN, 1L,
                Role.SUPERADMIN, 0L));
    }

    @Test
    void anEmptyStoreCountsZeroForEveryRole() {
        assertThat(users.countByRole()).containsOnlyKeys(Role.values()).allSatisfy((role, count) ->
                assertThat(count).isZero());
    }

    @Test
    void aLockedReadFindsTheUserInsideAUnitOfWork() {
        var user = aUser().build();
        users.add(user);

        assertThat(transactions.inTransaction(() -> users.lockById(user.id()))).contains(user);
        assertThat(transactions.inTransaction(() -> users.lockById(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void onlyActiveSuperadminsAreCountedWhenLocked() {
        users.add(aUser().withRole(Role.SUPERADMIN).build());
        users.add(aUser().withRole(Role.SUPERADMIN).build());
        users.add(aUser().withRole(Role.SUPERADMIN).inactive().build());
        users.add(aUser().withRole(Role.ADMIN).build());

        assertThat(transactions.inTransaction(users::lockActiveSuperadmins)).isEqualTo(2L);
    }
}
