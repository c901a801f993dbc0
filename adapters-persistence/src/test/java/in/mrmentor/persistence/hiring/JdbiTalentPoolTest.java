package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.hiring.port.TalentPoolContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.Platform;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiTalentPoolTest extends TalentPoolContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected TalentPool newPool() {
        return new JdbiTalentPool(database.jdbi());
    }

    @Override
    protected UUID aPost(Platform platform) {
        return HiringRows.post(database.jdbi(), platform);
    }

    @Override
    protected UUID anApplication(UUID postId) {
        return HiringRows.application(database.jdbi(), postId);
    }
}
