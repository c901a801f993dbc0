package in.mrmentor.lead.port;

import in.mrmentor.testing.Race;

import in.mrmentor.lead.InterestLevel;
import in.mrmentor.lead.Lead;
import in.mrmentor.lead.LeadDraft;
import in.mrmentor.lead.LeadScope;
import in.mrmentor.lead.LeadSource;
import in.mrmentor.lead.LeadStage;
import in.mrmentor.lead.LeadViewer;
import in.mrmentor.lead.LeadVisibilityPolicy;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Leads} must do: one lead per phone and per e-mail, even under racing submissions. */
public abstract class LeadsContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final AtomicLong NUMBERS = new AtomicLong(9_810_000_000L);

    protected Leads leads;
    protected Transactions transactions;

    protected abstract Leads newLeads();

    protected abstract Transactions transactionsFor(Leads leads);

    /** A user id the store accepts as an assignee (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshLeads() {
        leads = newLeads();
        transactions = transactionsFor(leads);
    }

    protected static String aPhone() {
        return "+91" + NUMBERS.incrementAndGet();
    }

    protected static Lead lead(String phone, String email, Instant at) {
        var draft = new LeadDraft("Asha Rao", phone, email, "webinar", "2026", InterestLevel.WARM, List.of("neet"),
                Map.of("city", "Pune"));
        return Lead.fresh(UUID.randomUUID(), draft, LeadSource.IMPORT, null, null, at);
    }

    @Test
    void anAddedLeadIsFoundAsItWasAdded() {
        var lead = lead(aPhone(), "asha@example.com", T0);

        assertThat(leads.add(lead)).isEqualTo(new Leads.Created(lead));

        assertThat(leads.find(lead.id())).contains(lead);
        assertThat(leads.idByEmail("asha@example.com")).contains(lead.id());
    }

    @Test
    void aLeadWithATakenPhoneOrEmailIsADuplicateOfTheLeadHoldingIt() {
        String phone = aPhone();
        var first = lead(phone, "first@example.com", T0);
        var byEmail = lead(aPhone(), "second@example.com", T0);
        leads.add(first);
        leads.add(byEmail);

        assertThat(leads.add(lead(phone, null, T0))).isEqualTo(new Leads.Duplicate(first.id()));
        assertThat(leads.add(lead(aPhone(), "second@example.com", T0))).isEqualTo(new Leads.Duplicate(byEmail.id()));
        assertThat(leads.add(lead(phone, "second@example.com", T0))).as("the phone wins")
                .isEqualTo(new Leads.Duplicate(first.id()));
    }

    @Test
    void aChunkAddedAtOnceKeepsOneLeadPerPersonWithinItAndAgainstStoredLeads() {
        String stored = aPhone();
        var earlier = lead(stored, "stored@example.com", T0);
        leads.add(earlier);
        String twice = aPhone();
        var first = lead(twice, "Chunk@Example.com".toLowerCase(), T0.plusSeconds(5));
        var chunk = List.of(
                first,
                lead(stored, null, T0.plusSeconds(5)),
                lead(twice, null, T0.plusSeconds(5)),
                lead(aPhone(), "stored@example.com", T0.plusSeconds(5)),
                lead(aPhone(), "chunk@example.com", T0.plusSeconds(5)));

        var added = transactions.inTransaction(() -> leads.addAll(chunk));

        assertThat(added).containsExactly(new Leads.Created(first), new Leads.Duplicate(earlier.id()),
                new Leads.Duplicate(first.id()), new Leads.Duplicate(earlier.id()), new Leads.Duplicate(first.id()));
        assertThat(leads.find(first.id())).contains(first);
    }

    @Test
    void racingSubmissionsOfOnePersonMakeOneLead() throws Exception {
        String phone = aPhone();
        int racers = 8;
        List<Leads.Added> results = Race.of(racers, () -> transactions.inTransaction(() -> leads.add(lead(phone, null, T0))));

        var created = results.stream().filter(Leads.Created.class::isInstance).map(Leads.Created.class::cast).toList();
        assertThat(created).hasSize(1);
        UUID winner = created.get(0).lead().id();
        assertThat(results).filteredOn(Leads.Duplicate.class::isInstance)
                .hasSize(racers - 1).allMatch(d -> ((Leads.Duplicate) d).existingLeadId().equals(winner));
    }

    @Test
    void anEmailAnotherLeadHoldsIsRefusedOnReplace() {
        var first = lead(aPhone(), "taken@example.com", T0);
        var second = lead(aPhone(), null, T0);
        leads.add(first);
        leads.add(second);

        assertThatThrownBy(() -> transactions.run(() -> leads.replace(
                second.withDetails(InterestLevel.HOT, List.of(), "taken@example.com", Map.of()))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("DUPLICATE_LEAD");
    }

    @Test
    void anAssignedLeadIsStoredWithItsOwnerAndCountsTowardsTheAssigneesOpenLoad() {
        UUID seller = aUser();
        UUID head = aUser();
        var lead = lead(aPhone(), null, T0);
        leads.add(lead);
        var assigned = lead.assignedTo(new Lead.Assignee(seller, head));

        transactions.run(() -> leads.replace(assigned));

        assertThat(leads.find(lead.id())).contains(assigned);
        assertThat(assigned.stage()).isEqualTo(LeadStage.ASSIGNED);
        assertThat(leads.openLoads(List.of(seller, head))).isEqualTo(Map.of(seller, 1L, head, 0L));
        transactions.run(() -> leads.replace(assigned.withStage(LeadStage.DEAD)));
        assertThat(leads.openLoads(List.of(seller))).isEqualTo(Map.of(seller, 0L));
    }

    @Test
    void aPageHoldsOnlyTheViewersScopeNewestFirstWithTheFilters() {
        UUID seller = aUser();
        UUID head = aUser();
        UUID stranger = aUser();
        var mine = lead(aPhone(), null, T0).assignedTo(new Lead.Assignee(seller, head));
        var pool = lead(aPhone(), "pool@example.com", T0.plusSeconds(10));
        var theirs = lead(aPhone(), null, T0.plusSeconds(20)).assignedTo(new Lead.Assignee(stranger, stranger));
        List.of(mine, pool, theirs).forEach(leads::add);
        var none = new Leads.Filter(null, null, null, null, null);
        PageRequest<TimeKey> first = PageRequest.first(50);

        LeadScope sellerScope = LeadVisibilityPolicy.scopeOf(new LeadViewer(seller, false, true, false));
        LeadScope headScope = LeadVisibilityPolicy.scopeOf(new LeadViewer(head, false, true, true));
        LeadScope adminScope = LeadVisibilityPolicy.scopeOf(new LeadViewer(stranger, true, false, false));

        assertThat(leads.page(sellerScope, none, first)).containsExactly(mine);
        assertThat(leads.page(headScope, none, first)).containsExactly(pool, mine);
        assertThat(leads.page(adminScope, none, first)).containsExactly(theirs, pool, mine);
        assertThat(leads.page(adminScope, new Leads.Filter(LeadStage.NEW, null, null, null, null), first))
                .containsExactly(pool);
        assertThat(leads.page(adminScope, new Leads.Filter(null, null, null, null, "POOL@"), first)).containsExactly(pool);
        assertThat(leads.page(adminScope, new Leads.Filter(null, seller, "neet", InterestLevel.WARM, null), first))
                .containsExactly(mine);
        assertThat(leads.page(adminScope, none, PageRequest.first(1))).containsExactly(theirs, pool);
        assertThat(leads.page(adminScope, none, new PageRequest<>(new TimeKey(pool.createdAt(), pool.id()), 5)))
                .containsExactly(mine);
    }
}
