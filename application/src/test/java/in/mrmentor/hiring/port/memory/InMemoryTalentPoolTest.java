package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.hiring.port.TalentPoolContract;
import in.mrmentor.shared.Platform;
import java.util.UUID;

class InMemoryTalentPoolTest extends TalentPoolContract {
    @Override
    protected TalentPool newPool() {
        return new InMemoryTalentPool();
    }

    @Override
    protected UUID aPost(Platform platform) {
        return UUID.randomUUID();
    }

    @Override
    protected UUID anApplication(UUID postId) {
        return UUID.randomUUID();
    }
}
