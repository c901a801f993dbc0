package in.mrmentor.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountCreationPolicyTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void aSuperadminMayCreateEveryRole(Role created) {
        assertThat(AccountCreationPolicy.mayCreate(Role.SUPERADMIN, created)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anAdminMayCreateEveryRoleButTheAdministrativeOnes(Role created) {
        boolean privileged = created == Role.ADMIN || created == Role.SUPERADMIN;
        assertThat(AccountCreationPolicy.mayCreate(Role.ADMIN, created)).isEqualTo(!privileged);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"USER", "EXPERT", "SALES", "RECRUITER"})
    void nobodyElseMayCreateAnyone(Role actor) {
        for (Role created : Role.values()) {
            assertThat(AccountCreationPolicy.mayCreate(actor, created)).isFalse();
        }
    }
}
