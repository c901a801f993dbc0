package in.mrmentor.invoice;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tax rules of FINANCE.md over arbitrary lines, rates (including fractional ones) and both price
 * conventions, checked against an independent BigDecimal reading of the same formulas.
 */
class TaxComputationPropertiesTest {

    @Provide
    Arbitrary<List<TaxComputation.RatedLine>> invoices() {
        return lines().list().ofMinSize(1).ofMaxSize(50);
    }

    private static Arbitrary<TaxComputation.RatedLine> lines() {
        Arbitrary<Long> quantity = Arbitraries.longs().between(1, 1_000);
        Arbitrary<Long> unitPrice = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, 10_000_000_000L));
        Arbitrary<Integer> discountShare = Arbitraries.integers().between(0, 100);
        Arbitrary<GstRate> rate = Arbitraries.oneOf(Arbitraries.of(0, 25, 300, 500, 1200, 1800, 2800).map(GstRate::new),
                Arbitraries.integers().between(0, 10_000).map(GstRate::new));
        return Combinators.combine(quantity, unitPrice, discountShare, rate).as((q, p, share, r) -> {
            long value = q * p;
            if (value >= LineItem.MAX_AMOUNT_PAISE) {
                value = 0;
                p = 0L;
            }
            long discount = value * share / 100;
            return new TaxComputation.RatedLine(new LineItem("line", null, q, p, discount), "999293", r);
        });
    }

    @Property(tries = 2_000)
    void everyLineAddsUpAndTheTotalsAreTheSumsOfTheLines(@ForAll("invoices") List<TaxComputation.RatedLine> lines,
                                                          @ForAll SupplyType supply, @ForAll boolean inclusive,
                                                          @ForAll boolean roundOff) {
        var result = TaxComputation.compute(lines, supply, inclusive, roundOff);

        long taxable = 0;
        long tax = 0;
        for (int i = 0; i < lines.size(); i++) {
            var line = result.lines().get(i);
            var item = lines.get(i).item();
            assertThat(line.taxablePaise() + line.cgstPaise() + line.sgstPaise() + line.igstPaise()).isEqualTo(line.totalPaise());
            assertThat(line.taxablePaise()).isNotNegative();
            if (supply == SupplyType.INTRA_STATE) {
                assertThat(line.igstPaise()).isZero();
            } else {
                assertThat(line.cgstPaise() + line.sgstPaise()).isZero();
            }
            if (inclusive) {
                assertThat(line.totalPaise()).isEqualTo(item.valuePaise());
            } else {
                assertThat(line.taxablePaise()).isEqualTo(item.valuePaise());
            }
            assertThat(line).isEqualTo(reference(i + 1, lines.get(i), supply, inclusive));
            taxable += line.taxablePaise();
            tax += line.taxPaise();
        }
        var totals = result.totals();
        assertThat(totals.taxablePaise()).isEqualTo(taxable);
        assertThat(totals.taxPaise()).isEqualTo(tax);
        assertThat(totals.totalPaise()).isEqualTo(taxable + tax + totals.roundOffPaise());
        if (roundOff) {
            assertThat(totals.totalPaise() % 100).isZero();
            assertThat(Math.abs(totals.roundOffPaise())).isLessThanOrEqualTo(50);
        } else {
            assertThat(totals.roundOffPaise()).isZero();
        }
    }

    /** FINANCE.md's formulas read with BigDecimal, independently of the long arithmetic under test. */
    private static TaxedLine reference(int lineNo, TaxComputation.RatedLine rated, SupplyType supply, boolean inclusive) {
        var item = rated.item();
        BigDecimal rate = BigDecimal.valueOf(rated.rate().basisPoints(), 2);
        BigDecimal value = BigDecimal.valueOf(item.quantity()).multiply(BigDecimal.valueOf(item.unitPricePaise()))
                .subtract(BigDecimal.valueOf(item.discountPaise()));
        long taxable;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        if (inclusive) {
            taxable = value.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(100).add(rate), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            long tax = value.longValueExact() - taxable;
            if (supply == SupplyType.INTRA_STATE) {
                cgst = Math.floorDiv(tax, 2);
                sgst = tax - cgst;
            } else {
                igst = tax;
            }
        } else {
            taxable = value.longValueExact();
            if (supply == SupplyType.INTRA_STATE) {
                cgst = value.multiply(rate).divide(BigDecimal.valueOf(200), 0, RoundingMode.HALF_UP).longValueExact();
                sgst = cgst;
            } else {
                igst = value.multiply(rate).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            }
        }
        return new TaxedLine(lineNo, item.description(), rated.sacCode(), item.quantity(), item.unitPricePaise(),
                item.discountPaise(), rated.rate(), taxable, cgst, sgst, igst, taxable + cgst + sgst + igst);
    }
}
