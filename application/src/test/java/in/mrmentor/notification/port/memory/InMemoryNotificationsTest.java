package in.mrmentor.notification.port.memory;

import in.mrmentor.notification.port.Notifications;
import in.mrmentor.notification.port.NotificationsContract;

import java.util.UUID;

class InMemoryNotificationsTest extends NotificationsContract {
    @Override
    protected Notifications newNotifications() {
        return new InMemoryNotifications();
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
