package in.mrmentor.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builders that keep identity tests short: {@code aUser().withEmail("a@x.in").withRole(Role.ADMIN).build()}. */
public final class IdentityTestData {
    public static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private IdentityTestData() {
    }

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public static final class UserBuilder {
        private UUID id = UUID.randomUUID();
        private String email = "user-" + id.toString().substring(0, 8) + "@example.in";
        private String name = "Asha Rao";
        private String phone;
        private Role role = Role.USER;
        private String hash = "$2a$04$not-a-real-hash-" + id;
        private Instant createdAt = T0;
        private Instant passwordChangedAt;
        private boolean active = true;

        public UserBuilder withId(UUID value) {
            id = value;
            return this;
        }

        public UserBuilder withEmail(String value) {
            email = value;
            return this;
        }

        public UserBuilder withName(String value) {
            name = value;
            return this;
        }

        public UserBuilder withPhone(String value) {
            phone = value;
            return this;
        }

        public UserBuilder withRole(Role value) {
            role = value;
            return this;
        }

        public UserBuilder withHash(String value) {
            hash = value;
            return this;
        }

        public UserBuilder createdAt(Instant value) {
            createdAt = value.truncatedTo(ChronoUnit.MICROS);
            return this;
        }

        public UserBuilder passwordChangedAt(Instant value) {
            passwordChangedAt = value.truncatedTo(ChronoUnit.MICROS);
            return this;
        }

        public UserBuilder inactive() {
            active = false;
            return this;
        }

        public User build() {
            return new User(id, Email.of(email), name, phone, role, new PasswordHash(hash),
                    passwordChangedAt == null ? createdAt : passwordChangedAt, createdAt, active, 0);
        }
    }
}
