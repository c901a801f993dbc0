package in.mrmentor.invoice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxComputationTest {
    private static final GstRate EIGHTEEN = GstRate.percent(18);

    private static TaxComputation.Result taxed(SupplyType supply, boolean inclusive, LineItem... items) {
        return TaxComputation.compute(List.of(items).stream()
                .map(item -> new TaxComputation.RatedLine(item, "999293", EIGHTEEN)).toList(), supply, inclusive, false);
    }

    @Test
    void aThousandRupeesIntraStateIsNinetyAndNinety() {
        var result = taxed(SupplyType.INTRA_STATE, false, new LineItem("x", null, 1, 100_000, 0));

        assertThat(result.totals()).isEqualTo(new InvoiceTotals(100_000, 9_000, 9_000, 0, 0, 118_000));
    }

    @Test
    void taxInclusivePricesAreSplitBackWithTheOddPaisaOnSgst() {
        var result = taxed(SupplyType.INTRA_STATE, true, new LineItem("x", null, 1, 101, 0));

        // taxable = round_half_up(101 * 100 / 118) = 86; tax 15 -> cgst 7, sgst 8
        assertThat(result.lines().get(0)).extracting(TaxedLine::taxablePaise, TaxedLine::cgstPaise, TaxedLine::sgstPaise)
                .containsExactly(86L, 7L, 8L);
    }

    @Test
    void halfAPaisaRoundsUp() {
        // 25 paise at 18 %: cgst = 25 * 18 / 200 = 2.25 -> 2; at 5 paise: 0.45 -> 0; 75 paise: 6.75 -> 7
        assertThat(taxed(SupplyType.INTRA_STATE, false, new LineItem("x", null, 1, 25, 0)).totals().cgstPaise()).isEqualTo(2);
        assertThat(taxed(SupplyType.INTER_STATE, false, new LineItem("x", null, 1, 25, 0)).totals().igstPaise()).isEqualTo(5);
        assertThat(taxed(SupplyType.INTRA_STATE, false, new LineItem("x", null, 1, 75, 0)).totals().cgstPaise()).isEqualTo(7);
        assertThat(TaxComputation.roundHalfUp(5, 2)).isEqualTo(3);
    }

    @Test
    void aRoundOffLineBringsTheTotalToTheNearestRupee() {
        var line = TaxComputation.taxLine(1, new TaxComputation.RatedLine(new LineItem("x", null, 1, 101, 0), "999293", EIGHTEEN),
                SupplyType.INTER_STATE, false);
        var totals = InvoiceTotals.of(List.of(line), true);

        assertThat(totals.totalPaise()).isEqualTo(100);
        assertThat(totals.roundOffPaise()).isEqualTo(100 - line.totalPaise());
    }

    @Test
    void aDiscountAboveTheLineOrANegativeOrOverflowingAmountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new LineItem("x", null, 2, 100, 201)).hasMessageContaining("not valid")
                .satisfies(e -> assertThat(((in.mrmentor.shared.DomainException) e).fieldErrors())
                        .extracting(f -> f.field()).containsExactly("discountPaise"));
        assertThatThrownBy(() -> new LineItem("x", null, 0, 100, 0))
                .satisfies(e -> assertThat(((in.mrmentor.shared.DomainException) e).fieldErrors())
                        .extracting(f -> f.field()).containsExactly("quantity"));
        assertThatThrownBy(() -> new LineItem("x", null, Long.MAX_VALUE, 2, 0))
                .satisfies(e -> assertThat(((in.mrmentor.shared.DomainException) e).fieldErrors())
                        .extracting(f -> f.field()).containsExactly("unitPricePaise"));
    }
}
