package in.mrmentor.invoice;

import java.util.List;
import java.util.Objects;

/**
 * What every rendered document carries besides the invoice itself, and where it goes: the bank block
 * ({@code GLOBAL_INVOICE_BANK_*}), the terms ({@code GLOBAL_INVOICE_TERMS}, pipe-separated), the blob
 * key prefix ({@code GLOBAL_INVOICE_S3_PREFIX}) and the addresses copied on every mail.
 */
public record DocumentTerms(Bank bank, List<String> terms, String keyPrefix, String financeEmail, String adminEmail) {

    /** The bank block printed for payment by transfer; any part may be empty. */
    public record Bank(String accountName, String bankName, String accountNumber, String ifsc, String branch) {
        public boolean isEmpty() {
            return isBlank(accountName) && isBlank(bankName) && isBlank(accountNumber) && isBlank(ifsc) && isBlank(branch);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }

    public DocumentTerms {
        Objects.requireNonNull(bank, "bank");
        terms = List.copyOf(terms);
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    public static DocumentTerms defaults() {
        return new DocumentTerms(new Bank(null, null, null, null, null), List.of(), "tax-invoices", null, null);
    }

    /** {@code tax-invoices/2026-27/MAS101/2627/0001.pdf}: the prefix, the financial year, the number. */
    public String keyOf(InvoiceNumber number) {
        return keyPrefix + "/" + number.year().label() + "/" + number.text() + ".pdf";
    }
}
