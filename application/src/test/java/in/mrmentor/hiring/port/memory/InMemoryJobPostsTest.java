package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.JobPostsContract;
import java.util.UUID;

class InMemoryJobPostsTest extends JobPostsContract {
    @Override
    protected JobPosts newPosts() {
        return new InMemoryJobPosts();
    }

    @Override
    protected UUID aRecruiter() {
        return UUID.randomUUID();
    }
}
