package in.mrmentor.persistence.notification;

import in.mrmentor.notification.port.Notifications;
import in.mrmentor.notification.port.NotificationsContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiNotificationsTest extends NotificationsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Notifications newNotifications() {
        return new JdbiNotifications(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
